using System.Globalization;
using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Tenancy.Data.Seeding;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Scheduling;

/// <summary>
/// Publishes at start (first run of a new or demo database) and then the recent periods every day, each authority in
/// turn. Several instances may run this: each run of each authority is done by the one instance that takes its
/// lease (<see cref="ScheduleLeases"/>); the others skip it, and ask again until it is done, so a run whose
/// instance died is taken over when its lease expires.
/// </summary>
public sealed partial class SnapshotScheduler(
    IndicatorPublisher publisher,
    ITenantDirectory directory,
    ITenantDbContextFactory<MetricsDbContext> contexts,
    IOptions<SnapshotScheduleOptions> options,
    TimeProvider clock,
    ILogger<SnapshotScheduler> logger,
    IStartupSeeding? seeding = null) : BackgroundService
{
    public const string DailyJob = "daily";
    public const string StartJob = "publish-at-start";

    private readonly ScheduleLeases _leases = new(contexts, clock);

    /// <summary>How long a run stays with the instance that took it: longer than a run takes, short enough to wait out.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a run another instance holds is asked after, to see whether it finished or its lease expired.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromMinutes(1);

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
            await RunDailyAsync(stoppingToken);
        }
    }

    /// <summary>Today's daily run of every authority no other instance does; returns the snapshots this instance wrote.</summary>
    public Task<int> RunDailyAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return RunEachAsync(DailyJob, today, async (tenant, token) =>
        {
            await publisher.ShareTimelineAsync(tenant, token);
            return await publisher.PublishRecentAsync(tenant, SnapshotReason.Daily, token);
        }, ct);
    }

    /// <summary>
    /// Every period of the last <paramref name="years"/> reporting years, for each authority that has shared nothing
    /// yet, once what the process writes into its database after start (<see cref="IStartupSeeding"/>) is written.
    /// </summary>
    public Task<int> PublishAtStartAsync(int years, CancellationToken ct)
    {
        var fromYear = ReportingPeriod.YearOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ReportingYear - years + 1;
        return RunEachAsync(StartJob, "done", async (tenant, token) =>
        {
            if (seeding is not null)
            {
                await seeding.WhenDoneAsync(tenant, token);
            }

            await using (var db = contexts.Create(tenant))
            {
                if (await db.SharedSnapshots.AnyAsync(token))
                {
                    return 0;
                }
            }

            var written = await publisher.BackfillAsync(tenant, fromYear, SnapshotReason.DemoStart, null, token);
            LogPublishedAtStart(tenant.Identifier, written);
            return written;
        }, ct);
    }

    /// <summary>
    /// Runs the job for each authority whose lease this instance takes. Where another instance holds it, asks again
    /// every <see cref="RetryInterval"/> until the run is finished (there or here).
    /// </summary>
    private async Task<int> RunEachAsync(string job, string run, Func<TenantInfo, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        IReadOnlyList<TenantInfo> waiting = await directory.GetAllAsync(ct);
        var written = 0;
        while (true)
        {
            var held = new List<TenantInfo>();
            foreach (var tenant in waiting)
            {
                switch (await TryTakeAsync(tenant, job, run, ct))
                {
                    case LeaseOutcome.Taken:
                        written += await RunLeasedAsync(tenant, job, run, work, ct);
                        break;
                    case LeaseOutcome.HeldElsewhere:
                        LogHeldElsewhere(job, tenant.Identifier);
                        held.Add(tenant);
                        break;
                }
            }

            if (held.Count == 0)
            {
                return written;
            }

            await Task.Delay(RetryInterval, clock, ct);
            waiting = held;
        }
    }

    private async Task<LeaseOutcome?> TryTakeAsync(TenantInfo tenant, string job, string run, CancellationToken ct)
    {
        try
        {
            return await _leases.TryTakeAsync(tenant, job, run, LeaseDuration, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(job, tenant.Identifier, ex.GetType().Name);
            return null;
        }
    }

    private async Task<int> RunLeasedAsync(TenantInfo tenant, string job, string run, Func<TenantInfo, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        try
        {
            var written = await work(tenant, ct);
            await _leases.CompleteAsync(tenant, job, run, ct);
            return written;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(job, tenant.Identifier, ex.GetType().Name);
            await ReleaseAsync(tenant, job);
            return 0;
        }
    }

    /// <summary>Lets a failed run go, so another instance may try it; if even that fails, the lease expires.</summary>
    private async Task ReleaseAsync(TenantInfo tenant, string job)
    {
        try
        {
            await _leases.ReleaseAsync(tenant, job, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(job, tenant.Identifier, ex.GetType().Name);
        }
    }

    private TimeSpan UntilNextRun(TimeOnly at)
    {
        var now = clock.GetUtcNow();
        var next = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime), at, TimeSpan.Zero);
        return (next > now ? next : next.AddDays(1)) - now;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published indicator snapshots at start for {Tenant} ({Snapshots} snapshots)")]
    private partial void LogPublishedAtStart(string tenant, int snapshots);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Job} run for {Tenant} is with another instance; asking again later")]
    private partial void LogHeldElsewhere(string job, string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled {Job} run for {Tenant} failed ({Failure}); the next run will try again")]
    private partial void LogFailed(string job, string tenant, string failure);
}
