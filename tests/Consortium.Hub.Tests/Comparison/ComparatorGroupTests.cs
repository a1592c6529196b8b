using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Comparison;

/// <summary>
/// Lincolnshire's statistical neighbours among the members are Wakefield, Norfolk and Suffolk (of ten); the others of
/// its region the hub knows are Leicestershire and, in these tests, Rutland.
/// </summary>
public sealed class ComparatorGroupTests : IAsyncLifetime
{
    private const string Lincolnshire = "E10000019";
    private const string Leicestershire = "E10000018";
    private const string Norfolk = "E10000020";
    private const string Suffolk = "E10000029";
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    private readonly HubTestStore _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private IndicatorComparison Comparison => _store.Services.GetRequiredService<IndicatorComparison>();

    private async Task<ComparisonTable> Compare(IndicatorCode code, ReportingPeriod period) =>
        await Comparison.CompareAsync(code, period, await Comparison.PeriodsWithDataAsync(code));

    private async Task Rereferrals(ReportingPeriod period, params (string Code, decimal? Percent)[] values)
    {
        foreach (var (code, percent) in values)
        {
            await _store.Ingestor.IngestAsync(Snapshot(code, period, Noon, percent is { } p ? Percent(IndicatorCode.REREF12, p) : Suppressed(IndicatorCode.REREF12)));
        }
    }

    [Fact]
    public async Task The_neighbours_mean_leaves_out_suppressed_and_missing_neighbours_and_says_how_many_it_rests_on()
    {
        await Rereferrals(Year, (Lincolnshire, 10m), (Wakefield, 20m), (Norfolk, 31m), (Suffolk, null), (Leicestershire, 50m), (Brent, 90m));

        var lincolnshire = (await Compare(IndicatorCode.REREF12, Year)).Rows.Single(r => r.Authority.Code == Lincolnshire);

        Assert.Equal(new GroupMean(25.5m, 2, 10), lincolnshire.Comparators.Neighbours);
    }

    [Fact]
    public async Task The_region_is_the_mean_of_the_other_authorities_of_the_region_reporting_to_the_hub_without_the_authority_itself()
    {
        await Rereferrals(Year, (Lincolnshire, 10m), (Leicestershire, 50m), (Wakefield, 20m), (Brent, 90m));

        var table = await Compare(IndicatorCode.REREF12, Year);

        // Rutland (East Midlands too) has sent nothing: 1 of the 2 others.
        Assert.Equal(new GroupMean(50m, 1, 2), table.Rows.Single(r => r.Authority.Code == Lincolnshire).Comparators.Region);
        Assert.Equal(new GroupMean(10m, 1, 2), table.Rows.Single(r => r.Authority.Code == Leicestershire).Comparators.Region);
    }

    [Fact]
    public async Task With_no_group_member_reporting_there_is_no_figure()
    {
        await Rereferrals(Year, (Brent, 10m), (Lincolnshire, 20m));

        var brent = (await Compare(IndicatorCode.REREF12, Year)).Rows.Single(r => r.Authority.Code == Brent);

        // None of Brent's ten neighbours is known to the hub; Tower Hamlets, the other London member, sent nothing.
        Assert.Equal(new GroupMean(null, 0, 10), brent.Comparators.Neighbours);
        Assert.Equal(new GroupMean(null, 0, 1), brent.Comparators.Region);
    }

    [Fact]
    public async Task Counts_are_compared_on_the_mean_of_their_rates_never_of_counts()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, Year, Noon, Count(IndicatorCode.REF, 4992, 644.3m)));
        await _store.Ingestor.IngestAsync(Snapshot(Norfolk, Year, Noon, Count(IndicatorCode.REF, 5986, 348.4m)));

        var lincolnshire = (await Compare(IndicatorCode.REF, Year)).Rows.Single(r => r.Authority.Code == Lincolnshire);

        Assert.Equal(new GroupMean(496.35m, 2, 10), lincolnshire.Comparators.Neighbours);
    }
}

public sealed class GroupMeanTests
{
    [Fact]
    public void Only_values_there_are_take_part_and_none_gives_no_mean()
    {
        Assert.Equal(new GroupMean(2m, 2, 10), GroupMean.Of([1m, null, 3m], 10));
        Assert.Equal(new GroupMean(null, 0, 10), GroupMean.Of([null, null], 10));
    }
}
