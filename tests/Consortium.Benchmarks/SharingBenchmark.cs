using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Consortium.Web.Tests;

namespace Consortium.Benchmarks;

// A day's share for the Norfolk-sized authority with linked suppression, and the attacker's solver over all it shared:
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- sharing [--runs 5] [--data /tmp/dir]
// Backfills the last two reporting years once (as the scheduler does at the start), then times the daily share of
// the six recent periods (computed, put through disclosure control, written to the outbox) and, on the same measures,
// the disclosure step alone; then the interval solver over the latest value of every period shared.
internal static class SharingBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var dataDirectory = Option(args, "--data") ?? NorfolkData.DefaultDirectory;
        Directory.CreateDirectory(dataDirectory);
        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var norfolk = await NorfolkData.EnsureSeededAsync(host, dataDirectory);
        var scopes = host.Services.GetRequiredService<ITenantScopeRunner>();
        var publisher = host.Services.GetRequiredService<IndicatorPublisher>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var backfill = Stopwatch.StartNew();
        var written = await publisher.BackfillAsync(norfolk, ReportingPeriod.YearOf(today).ReportingYear - 1, SnapshotReason.Backfill);
        Console.WriteLine($"Backfilled {written} snapshots of two reporting years in {backfill.Elapsed.TotalSeconds:F1} s");

        var share = await Timings.Time(runs, async () => await publisher.PublishRecentAsync(norfolk, SnapshotReason.Operator));
        var recent = publisher.RecentPeriods();
        var disclosure = await scopes.RunAsync(norfolk, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<MetricsDbContext>();
            var settings = ComputationSettings.For(norfolk, sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value, today);
            var computed = await IndicatorComputer.ComputeAsync(db, recent, settings, ct);

            var disclosed = sp.GetRequiredService<DisclosedSnapshots>();
            return await Timings.Time(runs, async () => (await disclosed.ForAsync(computed, settings, norfolk.NewLaCode, today, DateTimeOffset.UtcNow, ct)).Count);
        });
        var (solver, quantities, hidden) = await scopes.RunAsync(norfolk, async (sp, ct) => await SolveAsync(sp.GetRequiredService<MetricsDbContext>(), today, runs, ct));

        var report = string.Join(Environment.NewLine,
            "| measurement | runs | median ms | max ms | median process CPU ms |",
            "|---|---|---|---|---|",
            Timings.Row($"a day's share: {recent.Count} recent periods computed, disclosure-controlled and written, Norfolk", runs, share),
            Timings.Row("of which the disclosure step (linked suppression over two years' shares)", runs, disclosure),
            Timings.Row($"attacker's interval solver over Norfolk's latest tables ({quantities} quantities, {hidden} not stated)", runs, solver));
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "sharing-benchmark.md"), report + Environment.NewLine);
        return 0;
    }

    private static async Task<((double[] Wall, double[] Cpu) Times, int Quantities, int Hidden)> SolveAsync(MetricsDbContext db, DateOnly today, int runs, CancellationToken ct)
    {
        var latest = new Dictionary<ReportingPeriod, IndicatorSnapshotPublished>();
        foreach (var body in await db.SharedSnapshots.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Body).ToListAsync(ct))
        {
            var snapshot = JsonSerializer.Deserialize<IndicatorSnapshotPublished>(body, ContractJson.Options)!;
            latest[snapshot.Period] = snapshot;
        }

        var published = new Dictionary<Quantity, long>();
        foreach (var (quantity, value) in latest.Values.SelectMany(PublishedQuantities.Of))
        {
            published[quantity] = value;
        }

        var identities = LinkedIdentities.Among(latest.Keys.Where(p => p.Start <= today));
        var all = identities.SelectMany(i => i.Terms).Select(t => t.Quantity).Concat(published.Keys).ToHashSet();
        var times = await Timings.Time(runs, () => Task.FromResult((long)(IntervalSolver.Solve(published, identities)?.Count ?? 0)));
        return (times, all.Count, all.Count(q => !published.ContainsKey(q)));
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
