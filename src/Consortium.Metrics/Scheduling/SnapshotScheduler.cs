using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Scheduling;

/// <summary>Publishes at start (first run of a new or demo database) and then the recent periods every day, each authority in turn.</summary>
public sealed partial class SnapshotScheduler(
    IndicatorPublisher publisher,
    ITenantDirectory directory,
    ITenantDbContextFactory<MetricsDbContext> contexts,
    IOptions<SnapshotScheduleOptions> options,
    TimeProvider clock,
    ILogger<SnapshotScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.PublishYearsAtStart > 0)
        {
            await PublishAtStartAsync(settings.PublishYearsAtStart, stoppingToken);
        }

        while (settings.DailyEnabled && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(settings.DailyAtUtc), clock, stoppingToken);
            foreach (var tenant in await directory.GetAllAsync(stoppingToken))
            {
                await RunSafelyAsync(tenant, () => publisher.PublishRecentAsync(tenant, SnapshotReason.Daily, stoppingToken));
            }
        }
    }

    private async Task PublishAtStartAsync(int years, CancellationToken ct)
    {
        var fromYear = ReportingPeriod.YearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ReportingYear - years + 1;
        var tenants = await directory.GetAllAsync(ct);
        for (var i = 0; i < tenants.Count; i++)
        {
            var tenant = tenants[i];
            await using (var db = contexts.Create(tenant))
            {
                if (await db.SharedSnapshots.AnyAsync(ct))
                {
                    continue;
                }
            }

            await RunSafelyAsync(tenant, async () =>
            {
                var written = await publisher.BackfillAsync(tenant, fromYear, SnapshotReason.DemoStart, null, ct);
                LogPublishedAtStart(i + 1, tenants.Count, tenant.Identifier, written);
                return written;
            });
        }
    }

    private async Task RunSafelyAsync(TenantInfo tenant, Func<Task<int>> work)
    {
        try
        {
            await work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(tenant.Identifier, ex.GetType().Name);
        }
    }

    private TimeSpan UntilNextRun(TimeOnly at)
    {
        var now = clock.GetUtcNow();
        var next = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime), at, TimeSpan.Zero);
        return (next > now ? next : next.AddDays(1)) - now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published indicator snapshots at start {Position}/{Count}: {Tenant} ({Snapshots} snapshots)")]
    private partial void LogPublishedAtStart(int position, int count, string tenant, int snapshots);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indicator snapshots for {Tenant} failed ({Failure}); the next run will try again")]
    private partial void LogFailed(string tenant, string failure);
}
