using System.Diagnostics;
using Consortium.Synthetic;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Benchmarks;

/// <summary>A Norfolk-sized synthetic authority (about 6,000 referrals a year for 10 years), seeded once per data folder.</summary>
internal static class NorfolkData
{
    /// <summary>Named for the synthetic generator's version, so a folder seeded by an earlier generator is not reused.</summary>
    public static string DefaultDirectory { get; } = Path.Combine(Path.GetTempPath(), "consortium-benchmark-v2");

    public static async Task<TenantInfo> EnsureSeededAsync(BenchmarkHost host, string dataDirectory)
    {
        var norfolk = (await host.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("norfolk"))!;
        var marker = Path.Combine(dataDirectory, "seeded-norfolk");
        if (File.Exists(marker))
        {
            return norfolk;
        }

        var clock = Stopwatch.StartNew();
        var lastReported = 0;
        await host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(norfolk, 6000, 10, 2014, new Progress<SeedProgress>(p =>
        {
            if (p.Written - lastReported >= 10_000 || p.Written == p.Total)
            {
                lastReported = p.Written;
                Console.WriteLine($"  seeded {p.Written}/{p.Total}");
            }
        }));
        await File.WriteAllTextAsync(marker, "60000");
        Console.WriteLine($"Seeded 60,000 synthetic referrals in {clock.Elapsed.TotalSeconds:F1} s");
        return norfolk;
    }
}
