using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Hub.Published;
using Consortium.Tenancy.Stores;
using Microsoft.Extensions.DependencyInjection;
using Consortium.Web.Operations;
using Consortium.Web.Tests;

namespace Consortium.Benchmarks.England;

/// <summary>
/// Two copies of the Norfolk-sized benchmark folder: the consortium's ten authorities as they are, and the same with
/// every other authority in England onboarded by the operator command (<c>tenants add</c>), 153 in all. Made once.
/// </summary>
internal static partial class EnglandFolders
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "consortium-england-v1");

    public static async Task<(string Ten, string England)> EnsureAsync(int authorities)
    {
        var ten = Path.Combine(Root, "ten");
        var england = Path.Combine(Root, $"england-{authorities}");
        if (!File.Exists(Path.Combine(ten, "ready")))
        {
            using (var host = new BenchmarkHost(NorfolkData.DefaultDirectory))
            {
                host.Start();
                await NorfolkData.EnsureSeededAsync(host, NorfolkData.DefaultDirectory);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            CopyFolder(NorfolkData.DefaultDirectory, ten);
            await File.WriteAllTextAsync(Path.Combine(ten, "ready"), "10");
        }

        if (!File.Exists(Path.Combine(england, "ready")))
        {
            CopyFolder(ten, england);
            await OnboardAsync(england, authorities - 10);
            await File.WriteAllTextAsync(Path.Combine(england, "ready"), authorities.ToString(CultureInfo.InvariantCulture));
        }

        return (ten, england);
    }

    /// <summary>England's current authorities other than the ten, in the Department's order, each through <c>tenants add</c>.</summary>
    private static async Task OnboardAsync(string folder, int count)
    {
        using var host = new BenchmarkHost(folder);
        host.Start();
        var published = PublishedFiles.Shipped();
        var children = published.Population().Where(p => p.Children is not null)
            .GroupBy(p => p.AreaCode).ToDictionary(g => g.Key, g => g.MaxBy(p => p.MidYear)!.Children!.Value);
        var existing = (await host.Services.GetRequiredService<ITenantDirectory>().GetAllAsync()).Select(t => t.NewLaCode).ToHashSet();
        var allAreas = published.Areas().ToList();
        var candidates = allAreas.Where(a => a.Status == "current" && !existing.Contains(a.NewLaCode) && children.ContainsKey(a.NewLaCode))
            .Select(a => (a.Name, a.OldLaCode, a.NewLaCode, a.RegionCode, a.RegionName, Children: children[a.NewLaCode]))
            .ToList();

        // England has a few more authorities than the published codes mark current today; the rest are made up,
        // with codes no authority has.
        var usedOldCodes = allAreas.Select(a => a.OldLaCode).ToHashSet();
        var regions = candidates.Select(c => (c.RegionCode, c.RegionName)).Distinct().ToList();
        for (int i = 0, old = 100; candidates.Count < count; i++)
        {
            while (usedOldCodes.Contains(old.ToString(CultureInfo.InvariantCulture)))
            {
                old++;
            }

            var region = regions[i % regions.Count];
            candidates.Add(($"Synthetic authority {i + 1}", (old++).ToString(CultureInfo.InvariantCulture), $"E06999{i:000}", region.RegionCode, region.RegionName, 50_000));
        }

        var onboarded = 0;
        foreach (var area in candidates.Take(count))
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await OperatorCommandLine.RunAsync(host.Services,
            [
                "tenants", "add", "--slug", Slug(area.Name), "--name", area.Name, "--old-code", area.OldLaCode, "--new-code", area.NewLaCode,
                "--region-code", area.RegionCode, "--region-name", area.RegionName, "--children", area.Children.ToString(CultureInfo.InvariantCulture),
            ], output, error);
            if (exit != 0)
            {
                throw new InvalidOperationException($"Onboarding {area.Name} failed: {error}");
            }

            if (++onboarded % 20 == 0)
            {
                Console.WriteLine($"  onboarded {onboarded}/{count}");
            }
        }

        Console.WriteLine($"Onboarded {onboarded} authorities by the operator command");
    }

    private static string Slug(string name)
    {
        var slug = NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length <= 40 ? slug : slug[..40].TrimEnd('-');
    }

    internal static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotSlug();
}
