using System.Diagnostics;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Synthetic;

/// <summary>
/// Seeds every authority's demo data at start (<c>DemoData:SeedOnStartup</c>), after the authorities' databases are
/// migrated and before the indicators are first published: it is registered between the practice services and the
/// metrics, and the host starts hosted services in that order. When
/// migration is left to the <c>migrate</c> command the databases may not exist yet, so nothing is seeded.
/// </summary>
internal sealed class SeedDemoDataOnStartup(
    IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demo,
    DemoSeeder seeder,
    ITenantDirectory directory,
    ILogger<SeedDemoDataOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStartup && demo.Value.SeedOnStartup)
        {
            await SeedDemoDataAsync(cancellationToken);
        }
    }

    /// <summary>Seeds every authority's demo data, a few authorities at a time (each has its own database).</summary>
    private async Task SeedDemoDataAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var consortium = await directory.GetAllAsync(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = cancellationToken };
        var seeded = 0;
        await Parallel.ForEachAsync(consortium, parallel, async (tenant, ct) =>
        {
            var progress = new LoggedProgress(logger, tenant.Identifier);
            var added = await seeder.SeedDemoAsync(tenant, consortium, demo.Value, progress, ct);
            if (added.Showcase + added.History > 0)
            {
                Interlocked.Add(ref seeded, added.Showcase + added.History);
                logger.LogInformation("Seeded {Showcase} synthetic showcase children and {History} synthetic history children for {Tenant}", added.Showcase, added.History, tenant.Identifier);
            }
        });
        if (seeded > 0)
        {
            logger.LogInformation("Seeded {Count} synthetic children for {Authorities} authorities in {Seconds:F1} s", seeded, consortium.Count, clock.Elapsed.TotalSeconds);
        }
    }

    /// <summary>Logs a background history's progress as it is written (every batch).</summary>
    private sealed class LoggedProgress(ILogger logger, string tenant) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) =>
            logger.LogInformation("Seeding synthetic history for {Tenant}: {Written} of {Total} children", tenant, value.Written, value.Total);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
