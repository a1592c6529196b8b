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
using Microsoft.Extensions.Logging;

namespace Consortium.Benchmarks;

// All indicators for one authority-year on the Norfolk-sized database, beside one hand-written SQL aggregate over
// the same tables (five of the census counts in a single statement):
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- indicators [--year 2020] [--runs 10] [--data /tmp/dir] [--profile]
// --profile computes three times and shows each query's time (execution until its reader is done) in the last run.
internal static class IndicatorBenchmark
{
    private const string HandWritten = """
        SELECT
          (SELECT COUNT(*) FROM Cases c WHERE c.ReferralDate BETWEEN @s AND @e),
          (SELECT COUNT(*) FROM Cases c WHERE c.ReferralDate BETWEEN @s AND @e AND EXISTS (
              SELECT 1 FROM Cases p WHERE p.ChildId = c.ChildId AND p.ReferralDate < c.ReferralDate AND p.ReferralDate >= date(c.ReferralDate, '-1 years'))),
          (SELECT COUNT(*) FROM StageChanges h WHERE h."To" = 'Section47Enquiry' AND h.EffectiveOn BETWEEN @s AND @e),
          (SELECT COUNT(*) FROM Cases c JOIN WorkingDayNumbers r ON r.Day = c.ReferralDate JOIN WorkingDayNumbers a ON a.Day = c.AssessmentAuthorised
              WHERE c.AssessmentAuthorised BETWEEN @s AND @e AND a.Number - r.Number <= 45),
          (SELECT COUNT(*) FROM Cases c WHERE c.ReferralDate <= @e AND (c.ClosedOn IS NULL OR c.ClosedOn > @e))
        """;

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

            foreach (var (ms, text) in timer.Timings)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,8:F1} ms  {text[..Math.Min(150, text.Length)]}"));
            }

            return 0;
        }

        var catalogue = await Time(runs, async () =>
        {
            await using var db = contexts.Create(norfolk);
            var measures = await IndicatorComputer.ComputeAsync(db, period, settings);
            return measures[0].Numerator ?? 0;
        });
        var sql = await Time(runs, async () =>
        {
            await using var db = contexts.Create(norfolk);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = HandWritten;
            AddParameter(command, "@s", period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            AddParameter(command, "@e", period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return reader.GetInt64(0);
        });

        var report = string.Join(Environment.NewLine,
            "| measurement | runs | median ms | max ms |",
            "|---|---|---|---|",
            Row($"whole catalogue ({Consortium.Contracts.Catalogue.IndicatorCatalogue.All.Count} indicators), Norfolk {period.Key}", runs, catalogue),
            Row("one hand-written SQL aggregate (5 census counts)", runs, sql),
            string.Create(CultureInfo.InvariantCulture, $"| ratio catalogue / hand-written | | {Median(catalogue) / Median(sql):F2} | |"));
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "indicator-benchmark.md"), report + Environment.NewLine);
        return 0;
    }

    private static async Task<double[]> Time(int runs, Func<Task<long>> work)
    {
        await work();
        await work();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];

    private static string Row(string name, int runs, double[] times) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {runs} | {Median(times):F1} | {times[^1]:F1} |");

    private static void AddParameter(System.Data.Common.DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
