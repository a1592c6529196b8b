using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Comparison;
using Consortium.Hub.England;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.England;

public sealed class EnglandComparisonTests : IAsyncLifetime
{
    private const string Leicestershire = "E10000018";
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private readonly HubTestStore _store = new(withPublished: true);

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private Task<EnglandTable?> Compare(IndicatorCode code, ReportingPeriod period) =>
        _store.Services.GetRequiredService<EnglandComparison>().CompareAsync(code, period);

    [Fact]
    public async Task Every_authority_of_england_is_ranked_and_banded_with_ties_sharing_the_lower_rank()
    {
        var table = await Compare(IndicatorCode.REREF12, Year);

        Assert.NotNull(table);
        Assert.Equal(153, table.Rows.Count);
        var ranked = table.Rows.Where(r => r.Rank is not null).ToList();
        Assert.Equal(153, ranked.Count);
        foreach (var row in ranked)
        {
            // Lower is better: the rank is one more than the number with a strictly lower percentage.
            var better = ranked.Count(o => o.Compared < row.Compared);
            Assert.Equal(better + 1, row.Rank!.Value.Rank);
            Assert.Equal(QuartileBanding.Band(better + 1, 153), row.Rank.Value.Band);
        }

        Assert.Contains(ranked.GroupBy(r => r.Compared), g => g.Count() > 1);
        Assert.Equal(['A', 'B', 'C', 'D'], ranked.Select(r => r.Rank!.Value.Band).Distinct().Order());
    }

    [Fact]
    public async Task Suppressed_values_keep_their_symbol_and_are_neither_ranked_nor_counted()
    {
        var table = await Compare(IndicatorCode.CPP_2YR, Year);

        var suppressed = table!.Rows.Where(r => r.Published?.Number is null).ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, r => Assert.Null(r.Rank));
        Assert.All(suppressed, r => Assert.Equal("c", r.Published!.Value));
        var ranked = table.Rows.Count(r => r.Rank is not null);
        Assert.Equal(153 - suppressed.Count, ranked);
        Assert.Equal(ranked, table.RankedCount);
        Assert.Contains(table.Rows, r => r.Rank is { Band: 'D' } rank && rank.Rank <= ranked);
    }

    [Fact]
    public async Task England_and_each_members_region_are_the_departments_own_figures()
    {
        var table = await Compare(IndicatorCode.REREF12, Year);

        Assert.Equal("22.6", table!.England.Value!.Value);
        var wakefield = table.Members.Single(m => m.Member.Code == Wakefield);
        Assert.Equal("Yorkshire and The Humber", wakefield.Region.Name);
        Assert.Equal("21.7", wakefield.Region.Value!.Value);
        Assert.Equal(10, table.Members.Count);
        Assert.All(table.Rows, r => Assert.Equal(r.IsMember, table.Members.Any(m => m.Member.Code == r.Code)));
    }

    [Fact]
    public async Task A_count_is_ranked_on_the_published_rate_and_england_carries_both()
    {
        var table = await Compare(IndicatorCode.REF, Year);

        Assert.Equal("632830", table!.England.Value!.Value);
        Assert.Equal("519.4", table.England.Rate!.Value);
        Assert.Equal(table.Rows.Single(r => r.Code == Wakefield).PublishedRate!.Number, table.Rows.Single(r => r.Code == Wakefield).Compared);
    }

    [Fact]
    public async Task Neighbours_mean_rests_on_those_with_a_published_value_and_says_how_many()
    {
        var table = await Compare(IndicatorCode.CPP_2YR, Year);

        var leicestershire = table!.Members.Single(m => m.Member.Code == Leicestershire);
        Assert.Equal(10, leicestershire.Neighbours.Count);
        Assert.Equal(["Warwickshire", "East Riding of Yorkshire"], leicestershire.Neighbours.Where(n => n.Compared is null).Select(n => n.Name));
        Assert.Equal(8, leicestershire.Mean.Reporting);
        Assert.Equal(10, leicestershire.Mean.OutOf);
        Assert.Equal(20.3m / 8, leicestershire.Mean.Mean);
    }

    [Fact]
    public async Task The_consortiums_shared_figure_sits_beside_the_published_one_where_both_exist()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Percent(IndicatorCode.REREF12, 30, 200)));

        var table = await Compare(IndicatorCode.REREF12, Year);

        var brent = table!.Rows.Single(r => r.Code == Brent);
        Assert.Equal(15m, brent.Shared!.Value);
        Assert.Equal("14.2", brent.Published!.Value);
        Assert.Null(table.Rows.Single(r => r.Code == Bristol).Shared);
    }

    [Fact]
    public async Task Social_worker_turnover_is_compared_with_every_authority_of_england_on_the_census_year_the_reporting_year_carries()
    {
        // Reporting year 2023-24 carries the census year to 30 September 2024, which the Department publishes as 2024.
        var year = ReportingPeriod.Year(2023);
        await _store.Ingestor.IngestAsync(Snapshot(Brent, year, Noon, Percent(IndicatorCode.WF_TURNOVER, 12, 100)));

        var table = await Compare(IndicatorCode.WF_TURNOVER, year);

        Assert.Equal("13.9", table!.England.Value!.Value);
        // Every row the Department publishes: Kingston and Richmond, and North and West Northamptonshire, are each one combined unit.
        Assert.Equal(151, table.Rows.Count);
        Assert.Contains(table.Rows, r => r.Name == "Kingston upon Thames / Richmond upon Thames");
        Assert.Equal(150, table.RankedCount);
        var brent = table.Rows.Single(r => r.Code == Brent);
        Assert.Equal(12m, brent.Shared!.Value);
        Assert.Equal("11.6", brent.Published!.Value);
        Assert.Equal("18.5", table.Rows.Single(r => r.Code == Wakefield).Published!.Value);
        Assert.Equal(10, table.Members.Count);
        var wakefield = table.Members.Single(m => m.Member.Code == Wakefield);
        Assert.Equal("12.5", wakefield.Region.Value!.Value);
        Assert.Equal(10, wakefield.Neighbours.Count);
        Assert.Equal("15.7", (await Compare(IndicatorCode.WF_AGENCY, year))!.England.Value!.Value);
    }

    [Fact]
    public async Task Training_in_the_practice_model_is_not_published_so_has_no_england_comparison() =>
        Assert.Null(await Compare(IndicatorCode.WF_TRAINED, Year));

    [Fact]
    public async Task An_indicator_the_department_does_not_publish_has_no_england_comparison() =>
        Assert.Null(await Compare(IndicatorCode.ASMT45, Year));

    [Fact]
    public async Task A_year_before_a_reorganisation_ranks_the_authorities_of_that_year()
    {
        var table = await Compare(IndicatorCode.REREF12, ReportingPeriod.Year(2018));

        Assert.Contains(table!.Rows, r => r.Name == "Poole");
        Assert.DoesNotContain(table.Rows, r => r.Name == "Bournemouth, Christchurch and Poole");
        Assert.Equal(152, table.Rows.Count);
    }
}
