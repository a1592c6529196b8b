using System.Diagnostics;
using System.Globalization;
using Consortium.Contracts;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Data;
using Consortium.Tenancy.Data;
using Consortium.Web.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Benchmarks;

// All indicators for one authority-year on the Norfolk-sized database, beside the same catalogue written by hand in
// SQLite SQL as one statement (HandWrittenCatalogue.sql, which the metrics tests hold to IndicatorComputer's counts):
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- indicators [--year 2020] [--runs 10] [--data /tmp/dir] [--profile]
// --profile computes three times and shows each query's time (execution until its reader is done) in the last run;
// then times each part (top-level CTE) of the hand-written statement on its own, each including the parts it reads.
internal static class IndicatorBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var year = int.Parse(Option(args, "--year") ?? "2020", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var dataDirectory = Option(args, "--data") ?? NorfolkData.DefaultDirectory;
        Directory.CreateDirectory(dataDirectory);
        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var norfolk = await NorfolkData.EnsureSeededAsync(host, dataDirectory);
        await host.Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(norfolk);
        var contexts = host.Services.GetRequiredService<ITenantDbContextFactory<MetricsDbContext>>();
        var period = ReportingPeriod.Year(year);
        var settings = new ComputationSettings(5, norfolk.ChildrenAged0To17, 90);

        if (args.Contains("--profile"))
        {
            var timer = new QueryTimer();
            var builder = new DbContextOptionsBuilder<MetricsDbContext>();
            builder.UseConsortiumDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "tenants", "norfolk.db")}", MetricsDbContext.MigrationsHistoryTable)
                .AddInterceptors(timer);
            for (var run = 0; run < 3; run++)
            {
                timer.Timings.Clear();
                await using var profiled = new MetricsDbContext(builder.Options, norfolk);
                var clock = Stopwatch.StartNew();
                await IndicatorComputer.ComputeAsync(profiled, period, settings);
                Console.WriteLine($"whole catalogue, run {run + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms");
            }

            foreach (var (ms, cpu, text) in timer.Timings)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,8:F1} ms {cpu,8:F1} cpu ms  {text[..Math.Min(130, text.Length)]}"));
            }

            await ProfileHandWrittenAsync(contexts, norfolk, period, settings, runs);
            return 0;
        }

        var catalogue = await Timings.Time(runs, async () =>
        {
            await using var db = contexts.Create(norfolk);
            var measures = await IndicatorComputer.ComputeAsync(db, period, settings);
            return measures[0].Numerator ?? 0;
        });
        var sql = await Timings.Time(runs, async () =>
        {
            await using var db = contexts.Create(norfolk);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var measures = await HandWrittenCatalogue.RunAsync(connection, norfolk.Id, period, settings);
            return measures[0].Numerator ?? 0;
        });

        var report = string.Join(Environment.NewLine,
            "| measurement | runs | median ms | max ms | median process CPU ms |",
            "|---|---|---|---|---|",
            Timings.Row($"whole catalogue ({Consortium.Contracts.Catalogue.IndicatorCatalogue.All.Count} indicators), Norfolk {period.Key}", runs, catalogue),
            Timings.Row($"the same catalogue hand-written in SQL (one statement, {HandWrittenCatalogue.Parts.Count} CTEs)", runs, sql),
            string.Create(CultureInfo.InvariantCulture, $"| ratio catalogue / hand-written | | {Timings.Median(catalogue.Wall) / Timings.Median(sql.Wall):F2} | | {Timings.Median(catalogue.Cpu) / Timings.Median(sql.Cpu):F2} |"));
        Console.WriteLine(report);
        Console.WriteLine(await DifferencesAsync(contexts, norfolk, period, settings) is { Count: > 0 } differences
            ? $"The two DISAGREE on: {string.Join(", ", differences)}"
            : "Both counted the same numerators, denominators and sample counts for every indicator.");
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "indicator-benchmark.md"), report + Environment.NewLine);
        return 0;
    }

    /// <summary>The indicators whose counts differ between IndicatorComputer and the hand-written SQL (the metrics tests check the quartiles too).</summary>
    private static async Task<List<string>> DifferencesAsync(
        ITenantDbContextFactory<MetricsDbContext> contexts, Consortium.Tenancy.TenantInfo norfolk, ReportingPeriod period, ComputationSettings settings)
    {
        await using var db = contexts.Create(norfolk);
        var computed = await IndicatorComputer.ComputeAsync(db, period, settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var written = (await HandWrittenCatalogue.RunAsync(connection, norfolk.Id, period, settings)).ToDictionary(m => m.Indicator);
        return [.. computed
            .Where(m => !written.TryGetValue(m.Indicator, out var sql) || sql.Numerator != m.Numerator || sql.Denominator != m.Denominator)
            .Select(m => m.Indicator.ToString())];
    }

    private static async Task ProfileHandWrittenAsync(
        ITenantDbContextFactory<MetricsDbContext> contexts, Consortium.Tenancy.TenantInfo norfolk, ReportingPeriod period, ComputationSettings settings, int runs)
    {
        await using var db = contexts.Create(norfolk);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        Console.WriteLine("| hand-written part (with the parts it reads) | runs | median ms | max ms | median process CPU ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var part in HandWrittenCatalogue.Parts.Append("(whole statement)"))
        {
            var query = part == "(whole statement)" ? HandWrittenCatalogue.Sql : HandWrittenCatalogue.PartQuery(part);
            Console.WriteLine(Timings.Row(part, runs, await Timings.Time(runs, async () => await HandWrittenCatalogue.DrainAsync(connection, query, norfolk.Id, period, settings))));
        }
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
