using Consortium.Tenancy.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Data;

/// <summary>Creates and migrates the catalog and every authority's database before the host serves requests.</summary>
internal sealed class MigrateOnStartup(TenantDatabaseProvisioner provisioner, IOptions<DatabaseOptions> database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup)
        {
            await provisioner.ProvisionAllAsync(null, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
