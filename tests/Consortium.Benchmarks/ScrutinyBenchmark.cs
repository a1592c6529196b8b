using System.Globalization;
using Consortium.Scrutiny;
using Consortium.Scrutiny.Word;
using Consortium.Synthetic;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Benchmarks;

// The scrutiny report for a demo authority: Leicestershire with the demo's showcase children and its four years of
// background history at its published volume (as `dotnet run` seeds it), seeded once into its own data folder:
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- scrutiny [--runs 10] [--data /tmp/dir]
// Times the service (server time without HTTP) for this reporting year and for its latest quarter, each with the Word document written.
internal static class ScrutinyBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var dataDirectory = Option(args, "--data") ?? Path.Combine(Path.GetTempPath(), "consortium-scrutiny-benchmark");
        Directory.CreateDirectory(dataDirectory);
        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var directory = host.Services.GetRequiredService<ITenantDirectory>();
        var tenant = (await directory.FindByIdentifierAsync("leicestershire"))!;
        var consortium = await directory.GetAllAsync();
        var seeded = await host.Services.GetRequiredService<DemoSeeder>().SeedDemoAsync(tenant, consortium, new DemoDataOptions { ChildrenPerAuthority = 12, HistoryYears = 4, VolumeFraction = 1.0 });
        Console.WriteLine($"Leicestershire: {seeded.Showcase} showcase children and {seeded.History} history referrals added this run");

        var scopes = host.Services.GetRequiredService<ITenantScopeRunner>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = Contracts.ReportingPeriod.YearOf(today).Key;
        var quarter = Contracts.ReportingPeriod.QuarterOf(today).Key;
        Task<long> Report(string period) => scopes.RunAsync(tenant, async (sp, ct) =>
        {
            var report = await sp.GetRequiredService<ScrutinyReports>().BuildAsync(period, cancellationToken: ct);
            return ScrutinyWordDocument.Write(report.Value!).LongLength;
        });
        var forYear = await Timings.Time(runs, () => Report(year));
        var forQuarter = await Timings.Time(runs, () => Report(quarter));

        var table = string.Join(Environment.NewLine,
            "| measurement | runs | median ms | max ms | median process CPU ms |",
            "|---|---|---|---|---|",
            Timings.Row($"scrutiny report and Word document, reporting year {year} (10 indicator computations)", runs, forYear),
            Timings.Row($"scrutiny report and Word document, quarter {quarter} (8 indicator computations)", runs, forQuarter));
        Console.WriteLine(table);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "scrutiny-benchmark.md"), table + Environment.NewLine);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
