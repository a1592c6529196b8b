using System.Globalization;
using Consortium.Practice.Census.Building;
using Consortium.Practice.Census.Validation;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Consortium.Synthetic.Tests;

/// <summary>
/// The census of a synthetic history, run through the Department's rules: the kinds of failure the generator used to
/// make by itself (a child with no disability code, an assessment that found no factors and then went on, an initial
/// conference at a weekend, too few and single disability codes, a referral closed "after assessment" with none, a
/// plan's last review on the day the child in need plan began, an enquiry whose assessment fell in the year before,
/// and a returning child's episodes overlapping) are not made any more, and no error of any rule is.
/// </summary>
public sealed class SyntheticCensusTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] NoLongerMade = ["8540", "8873Q", "8875", "2887Q", "2888Q", "1510", "1520", "1530", "1540", "1550", "8770Q",
        "8825Q", "4003", "2991Q", "8820", "8816", "8815", "4004", "4014"];

    private readonly SyntheticTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_synthetic_historys_census_has_no_errors_and_does_not_fail_the_rules_the_generator_used_to_break()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await _host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(brent, 3000, 2, 11, shape: new BulkSeedShape(HistoryDays: 900, Background: true));

        var failures = await _host.As(brent, async sp => CensusRules.Validate((await sp.GetRequiredService<CensusFileBuilder>().BuildAsync(CensusYears.Default)).File));

        foreach (var rule in failures.GroupBy(f => f.Rule.Code).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{rule.Key}: {rule.Count()}");
        }

        var failing = failures.Select(f => f.Rule.Code).ToHashSet();
        Assert.All(NoLongerMade, code => Assert.DoesNotContain(code, failing));
        Assert.Empty(failures.Where(f => !f.Rule.IsQuery).Select(f => f.Rule.Code).Distinct());
    }

    [Fact]
    public async Task Planted_census_errors_each_fail_their_rule_once_on_the_planted_child_and_with_the_switch_off_none_is_made()
    {
        var planted = await _host.ProvisionedAsync("brent");
        var unplanted = await _host.ProvisionedAsync("bristol");
        foreach (var (tenant, plant) in new[] { (planted, true), (unplanted, false) })
        {
            await _host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(tenant, 600, 2, 11, shape: new BulkSeedShape(HistoryDays: 900, Background: true));
            await _host.Services.GetRequiredService<DemoSeeder>().SeedShowcaseAsync(tenant, new DemoDataOptions { ChildrenPerAuthority = 12, PlantCensusErrors = plant });
        }

        var on = await FailuresAsync(planted);
        var off = await FailuresAsync(unplanted);

        Assert.All(CensusErrorPlanter.Rules.Select((rule, i) => (Rule: rule, Child: $"CP{i + 1:00}")), p =>
            Assert.Equal([p.Child], on.Where(f => f.Rule.Code == p.Rule).Select(f => f.LaChildId)));
        Assert.Empty(on.Where(f => f.LaChildId is { } id && id.StartsWith("CP", StringComparison.Ordinal) && f.Rule.Code != CensusErrorPlanter.Rules[int.Parse(id[2..], CultureInfo.InvariantCulture) - 1]).Select(f => $"{f.LaChildId} {f.Rule.Code}"));
        Assert.Empty(off.Where(f => CensusErrorPlanter.Rules.Contains(f.Rule.Code)).Select(f => $"{f.LaChildId} {f.Rule.Code}"));
        Assert.Empty(await _host.Services.GetRequiredService<CensusErrorPlanter>().PlantAsync(planted));
    }

    private Task<IReadOnlyList<CensusFailure>> FailuresAsync(Consortium.Tenancy.TenantInfo tenant) =>
        _host.As(tenant, async sp => CensusRules.Validate((await sp.GetRequiredService<CensusFileBuilder>().BuildAsync(CensusYears.Default)).File));
}
