using System.Globalization;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Census.Building;
using Consortium.Practice.Census.Validation;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Benchmarks;

// The Children in Need census of 2025-26 on the Norfolk-sized database:
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- census [--runs 5] [--data /tmp/dir]
// Times the services (server time without HTTP): building the file from casework; building and running every rule;
// and the page's whole run (build, every rule, a line in each child's access log).
internal static class CensusBenchmark
{
    private static readonly StaffMember Admin = new("norfolk-admin", "Ada Administrator", "", new HashSet<StaffRole> { StaffRole.TenantAdministrator }, "admin@norfolk");

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var dataDirectory = Option(args, "--data") ?? NorfolkData.DefaultDirectory;
        Directory.CreateDirectory(dataDirectory);
        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var norfolk = await NorfolkData.EnsureSeededAsync(host, dataDirectory);
        await host.Services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAsync(norfolk);
        var scopes = host.Services.GetRequiredService<ITenantScopeRunner>();
        var file = (await scopes.RunAsync(norfolk, (sp, ct) => sp.GetRequiredService<CensusFileBuilder>().BuildAsync(CensusYears.Default, ct))).File;
        var episodes = file.Children.Sum(c => c.Episodes.Count);
        var failures = CensusRules.Validate(file);
        Console.WriteLine($"Norfolk 2025-26: {file.Children.Count} children, {episodes} episodes; {failures.Count(f => !f.Rule.IsQuery)} errors, {failures.Count(f => f.Rule.IsQuery)} queries");

        var build = await Timings.Time(runs, () => scopes.RunAsync(norfolk, async (sp, ct) =>
            (long)(await sp.GetRequiredService<CensusFileBuilder>().BuildAsync(CensusYears.Default, ct)).File.Children.Count));
        var validate = await Timings.Time(runs, () => scopes.RunAsync(norfolk, async (sp, ct) =>
            (long)CensusRules.Validate((await sp.GetRequiredService<CensusFileBuilder>().BuildAsync(CensusYears.Default, ct)).File).Count));
        var page = await Timings.Time(runs, () => scopes.RunAsync(norfolk, async (sp, ct) =>
            (long)(await sp.GetRequiredService<CensusValidation>().RunAsync(CensusYears.Default, Admin, null, ct)).Failures.Count));

        var report = string.Join(Environment.NewLine,
            "| measurement | runs | median ms | max ms | median process CPU ms |",
            "|---|---|---|---|---|",
            Timings.Row($"census file 2025-26 built ({file.Children.Count} children, {episodes} episodes)", runs, build),
            Timings.Row($"built and every rule run ({CensusRules.All.Count} rules)", runs, validate),
            Timings.Row("the page's run: built, validated, a line in each child's access log", runs, page));
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "census-benchmark.md"), report + Environment.NewLine);
        return 0;
    }

    private static string? Option(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
}
