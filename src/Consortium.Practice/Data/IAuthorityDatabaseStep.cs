using Consortium.Tenancy;

namespace Consortium.Practice.Data;

/// <summary>
/// Something else that keeps tables in an authority's database (metrics, its outbox) and must be migrated with it.
/// The provisioner runs every registered step after the practice migrations.
/// </summary>
public interface IAuthorityDatabaseStep
{
    Task RunAsync(TenantInfo tenant, CancellationToken cancellationToken);
}
