using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Hub.Data;

/// <summary>Creates and migrates the hub database before the host serves requests or consumes snapshots (unless <c>Hub:MigrateOnStartup</c> is false).</summary>
internal sealed class MigrateHubOnStartup(HubDatabaseMigrator migrator, IOptions<HubOptions> options, ILogger<MigrateHubOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        var applied = await migrator.MigrateAsync(cancellationToken);
        logger.LogInformation("The hub database is migrated ({Applied} migrations applied)", applied);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
