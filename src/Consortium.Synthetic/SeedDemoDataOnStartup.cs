using System.Diagnostics;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Synthetic;

/// <summary>
/// Seeds every authority's demo data at start (<c>DemoData:SeedOnStartup</c>), after the authorities' databases are
/// migrated and before the indicators are first published: it is registered between the practice services and the
/// metrics, and the host starts hosted services in that order. The staff directory and showcase children are written
/// before the process answers; the history too, unless <c>DemoData:HistoryInBackground</c>, when it is written
/// once the host has started (a few authorities at a time, progress in <see cref="DemoHistoryProgress"/>) and each authority's
/// first share waits for its own. When migration is left to the <c>migrate</c> command the databases may not exist
/// yet, so nothing is seeded.
/// </summary>
internal sealed partial class SeedDemoDataOnStartup(
    IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demo,
    DemoSeeder seeder,
    DemoHistoryProgress histories,
    ITenantDirectory directory,
    IHostApplicationLifetime lifetime,
    ILogger<SeedDemoDataOnStartup> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private volatile Task _background = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.Value.MigrateOnStartup || !demo.Value.SeedOnStartup)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var consortium = await directory.GetAllAsync(cancellationToken);
        var background = demo.Value.HistoryInBackground && DemoSeeder.HasHistory(demo.Value);
        var seeded = 0;
        var waiting = new List<TenantInfo>();
        await Parallel.ForEachAsync(consortium, FewAtATime(cancellationToken), async (tenant, ct) =>
        {
            var showcase = await seeder.SeedShowcaseAsync(tenant, demo.Value, ct);
            var history = 0;
            if (!background)
            {
                history = await seeder.SeedHistoryAsync(tenant, consortium, demo.Value, new LoggedProgress(this, tenant, null), ct);
            }
            else if (!await seeder.HasHistoryAsync(tenant, ct))
            {
                histories.Expect(tenant);
                lock (waiting)
                {
                    waiting.Add(tenant);
                }
            }

            if (showcase + history > 0)
            {
                Interlocked.Add(ref seeded, showcase + history);
                LogSeeded(showcase, history, tenant.Identifier);
            }
        });
        if (seeded > 0)
        {
            LogSeededAll(seeded, consortium.Count, clock.Elapsed.TotalSeconds);
        }

        if (waiting.Count > 0)
        {
            // Once the host is answering: the rest of its start (the hub's database among it) is not slowed by it.
            var ordered = consortium.Where(waiting.Contains).ToList();
            lifetime.ApplicationStarted.Register(() => _background = Task.Run(() => SeedHistoriesAsync(ordered, consortium, _stopping.Token), CancellationToken.None));
        }
    }

    /// <summary>The histories left to write after start; an authority whose history fails is given up (and logged), so its share goes ahead with what it has.</summary>
    private async Task SeedHistoriesAsync(List<TenantInfo> waiting, IReadOnlyList<TenantInfo> consortium, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await Parallel.ForEachAsync(waiting, FewAtATime(ct), async (tenant, token) =>
            {
                try
                {
                    var written = await seeder.SeedHistoryAsync(tenant, consortium, demo.Value, new LoggedProgress(this, tenant, histories), token);
                    LogSeeded(0, written, tenant.Identifier);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogHistoryFailed(tenant.Identifier, ex.GetType().Name);
                }
                finally
                {
                    histories.Done(tenant);
                }
            });
            LogHistoriesDone(waiting.Count, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the next start finds the history begun and leaves it as it is.
        }
    }

    private static ParallelOptions FewAtATime(CancellationToken ct) =>
        new() { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = ct };

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_background.IsCompleted)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _background.WaitAsync(cancellationToken);
    }

    /// <summary>The host may dispose its services without stopping them (a host that failed to start).</summary>
    public void Dispose()
    {
        if (_background.IsCompleted)
        {
            _stopping.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Showcase} synthetic showcase children and {History} synthetic history children for {Tenant}")]
    private partial void LogSeeded(int showcase, int history, string tenant);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} synthetic children for {Authorities} authorities in {Seconds:F1} s")]
    private partial void LogSeededAll(int count, int authorities, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the synthetic history of {Authorities} authorities in the background in {Seconds:F1} s")]
    private partial void LogHistoriesDone(int authorities, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The synthetic history for {Tenant} failed ({Failure}); its indicators are shared with what was written")]
    private partial void LogHistoryFailed(string tenant, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding synthetic history for {Tenant}: {Written} of {Total} children")]
    private partial void LogHistoryProgress(string tenant, int written, int total);

    /// <summary>Logs a history's progress as it is written (every batch), and records it where pages can show it.</summary>
    private sealed class LoggedProgress(SeedDemoDataOnStartup owner, TenantInfo tenant, DemoHistoryProgress? histories) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value)
        {
            owner.LogHistoryProgress(tenant.Identifier, value.Written, value.Total);
            histories?.Report(tenant, value);
        }
    }
}
