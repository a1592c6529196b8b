using Consortium.Practice.Synthetic;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Data;

/// <summary>Creates and migrates the catalog and every authority's database before the host serves requests.</summary>
internal sealed class MigrateOnStartup(
    TenantDatabaseProvisioner provisioner,
    IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demo,
    DemoSeeder seeder,
    ITenantDirectory directory,
    ILogger<MigrateOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.Value.MigrateOnStartup)
        {
            return;
        }

        await provisioner.ProvisionAllAsync(null, cancellationToken);
        if (demo.Value.SeedOnStartup)
        {
            foreach (var tenant in await directory.GetAllAsync(cancellationToken))
            {
                var added = await seeder.SeedAsync(tenant, demo.Value.ChildrenPerAuthority, cancellationToken: cancellationToken);
                if (added > 0)
                {
                    logger.LogInformation("Seeded {Count} synthetic demo children for {Tenant}", added, tenant.Identifier);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
