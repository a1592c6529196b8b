using Consortium.Hub.Published;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Hub.Data;

/// <summary>Creates and migrates the hub database, and loads the Department's published figures shipped with the build if none are loaded, before the host serves requests or consumes snapshots (unless <c>Hub:MigrateOnStartup</c> is false).</summary>
internal sealed class MigrateHubOnStartup(HubDatabaseMigrator migrator, PublishedFiguresLoader published, IOptions<HubOptions> options, ILogger<MigrateHubOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        var applied = await migrator.MigrateAsync(cancellationToken);
        logger.LogInformation("The hub database is migrated ({Applied} migrations applied)", applied);
        if (await published.LoadShippedIfEmptyAsync(cancellationToken: cancellationToken))
        {
            logger.LogInformation("The Department's published figures shipped with the build are loaded");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
