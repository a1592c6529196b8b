using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Data.Readiness;

/// <summary>
/// Checks every authority's database (reachable, fully migrated) in the background, a few at a time, and keeps the
/// last pass for the readiness probe, so a probe costs the same with 153 authorities as with one and never waits
/// on a database.
/// </summary>
public sealed partial class AuthorityDatabasesMonitor(
    ITenantDirectory directory,
    ITenantDbContextFactory<PracticeDbContext> contexts,
    IOptions<AuthorityDatabasesOptions> options,
    TimeProvider clock,
    ILogger<AuthorityDatabasesMonitor> logger) : BackgroundService
{
    private volatile AuthorityDatabasesCheck? _last;

    public AuthorityDatabasesCheck? Last => _last;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.IntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _last = await CheckAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(ex.GetType().Name);
            }

            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    public async Task<AuthorityDatabasesCheck> CheckAllAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var tenants = await directory.GetAllAsync(cancellationToken);
        var failing = new System.Collections.Concurrent.ConcurrentBag<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(tenants, parallel, async (tenant, ct) =>
        {
            if (!await IsReadyAsync(tenant, ct))
            {
                failing.Add(tenant.Identifier);
            }
        });

        var check = new AuthorityDatabasesCheck(clock.GetUtcNow(), tenants.Count, [.. failing.Order(StringComparer.Ordinal)], clock.GetElapsedTime(started));
        LogPassDone(check.Authorities, check.Failing.Count, check.Took.TotalMilliseconds);
        return check;
    }

    private async Task<bool> IsReadyAsync(TenantInfo tenant, CancellationToken ct)
    {
        try
        {
            await using var db = contexts.Create(tenant);
            return await db.Database.CanConnectAsync(ct) && !(await db.Database.GetPendingMigrationsAsync(ct)).Any();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Authority databases checked: {Authorities} authorities, {Failing} not ready, in {Milliseconds} ms")]
    private partial void LogPassDone(int authorities, int failing, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the authority databases failed ({Failure}); trying again at the next interval")]
    private partial void LogPassFailed(string failure);
}
