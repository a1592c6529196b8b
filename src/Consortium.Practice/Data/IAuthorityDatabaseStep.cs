using Consortium.Tenancy;

namespace Consortium.Practice.Data;

/// <summary>
/// Something else that keeps tables in an authority's database (metrics, its outbox) and must be migrated with it.
/// The provisioner runs every registered step after the practice migrations.
/// </summary>
public interface IAuthorityDatabaseStep
{
    /// <summary>Migrates the step's tables and writes what they must hold; returns how many migrations it applied.</summary>
    Task<int> RunAsync(TenantInfo tenant, CancellationToken cancellationToken);
}
