using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Trends;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Trends;

/// <summary>An authority's published series from 2013 with England, region and neighbours' mean, then its shared figures; figures from the Department's files.</summary>
public sealed class LongTrendTests : IAsyncLifetime
{
    private readonly HubTestStore _store = new(withPublished: true);

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private LongTrends Trends => _store.Services.GetRequiredService<LongTrends>();

    private HubAuthority Member(string code) => _store.Services.GetRequiredService<AuthorityRegistry>().Find(code)!;

    [Fact]
    public async Task A_percentage_runs_from_2012_13_with_england_region_and_the_mean_of_ten_published_neighbours()
    {
        var trend = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REREF12, PeriodKind.ReportingYear);

        Assert.Equal(13, trend.Published.Count);
        Assert.Equal("2012-13", trend.Published[0].Year.Key);
        Assert.Equal("2024-25", trend.Published[^1].Year.Key);
        var year = trend.Published.Single(p => p.Year.Key == "2014-15");
        Assert.Equal(46.1m, year.Compared);
        Assert.Equal(67.6m, trend.Published.Single(p => p.Year.Key == "2015-16").Compared);
        Assert.Equal("24.2", year.England!.Value);
        Assert.Equal("28.6", year.Region!.Value);
        Assert.Equal("Yorkshire and The Humber", trend.RegionName);

        // Dudley 17.7, Barnsley 26.9, Telford and Wrekin 17.1, Rotherham 28, Lincolnshire 10.3, Tameside 17.3,
        // Doncaster 23, North Lincolnshire 22.1, Darlington 22.3, Lancashire 16.1 in 2015-16.
        var neighbours = trend.Published.Single(p => p.Year.Key == "2015-16").Neighbours;
        Assert.Equal(10, neighbours.Reporting);
        Assert.Equal(10, neighbours.OutOf);
        Assert.Equal(200.8m / 10, neighbours.Mean);
    }

    [Fact]
    public async Task Wakefields_published_re_referral_jump_and_a_jump_in_what_it_shared_are_flagged()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, ReportingPeriod.Year(2024), Noon, Percent(IndicatorCode.REREF12, 46.1m)));
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, ReportingPeriod.Year(2025), Noon, Percent(IndicatorCode.REREF12, 67.6m)));

        var trend = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REREF12, PeriodKind.ReportingYear);

        Assert.NotNull(trend.Published.Single(p => p.Year.Key == "2015-16").Flag);
        Assert.Null(trend.Published.Single(p => p.Year.Key == "2014-15").Flag);
        Assert.Equal(ReportingPeriod.Year(2024), trend.Shared.Single(p => p.Period.Key == "2025-26").Flag!.From);
        Assert.Null(trend.Shared.Single(p => p.Period.Key == "2024-25").Flag);
    }

    [Fact]
    public async Task A_count_is_compared_through_the_published_rate_with_the_count_kept_as_published()
    {
        var trend = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REF, PeriodKind.ReportingYear);

        var last = trend.Published[^1];
        Assert.Equal("4992", last.Value!.Value);
        Assert.Equal(644.3m, last.Compared);
        Assert.Equal("519.4", last.England!.Value);
        Assert.Equal("538.4", last.Region!.Value);
    }

    [Fact]
    public async Task A_suppressed_published_value_keeps_its_symbol_and_no_number()
    {
        var trend = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.CPP_2YR, PeriodKind.ReportingYear);

        var suppressed = trend.Published.Single(p => p.Year.Key == "2024-25");
        Assert.Equal("c", suppressed.Value!.Value);
        Assert.Null(suppressed.Compared);
        Assert.Equal(3.4m, trend.Published.Single(p => p.Year.Key == "2020-21").Compared);

        // Tameside 1.9, North Lincolnshire 0, Darlington 6.5, Lancashire 2.9; the other six are c.
        var neighbours = suppressed.Neighbours;
        Assert.Equal(4, neighbours.Reporting);
        Assert.Equal(11.3m / 4, neighbours.Mean);
    }

    [Fact]
    public async Task The_shared_figures_follow_the_published_series_with_months_when_months_are_asked_for()
    {
        foreach (var month in new[] { new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 1) })
        {
            await _store.Ingestor.IngestAsync(Snapshot(Wakefield, ReportingPeriod.MonthOf(month), Noon, Percent(IndicatorCode.REREF12, 20 + month.Month)));
        }

        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, ReportingPeriod.Year(2025), Noon, Suppressed(IndicatorCode.REREF12)));

        var months = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REREF12, PeriodKind.Month);
        var years = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REREF12, PeriodKind.ReportingYear);

        Assert.Equal(["2025-04", "2025-05"], months.Shared.Select(s => s.Period.Key));
        Assert.Equal([24m, 25m], months.Shared.Select(s => s.Compared));
        Assert.Equal(new DateOnly(2025, 3, 31), months.PublishedEnd);
        Assert.True(months.Shared[0].Period.Start > months.PublishedEnd);
        Assert.Null(Assert.Single(years.Shared).Compared);
    }

    [Fact]
    public async Task What_was_read_is_kept_until_a_snapshot_changes_the_figures_and_then_read_again()
    {
        var year = ReportingPeriod.Year(2025);
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, year, Noon, Percent(IndicatorCode.REREF12, 20m)));

        var first = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REREF12, PeriodKind.ReportingYear);
        var again = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REREF12, PeriodKind.ReportingYear);
        var members = await Trends.ForMembersAsync(IndicatorCode.REREF12, PeriodKind.ReportingYear);
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, year, Noon.AddHours(1), Percent(IndicatorCode.REREF12, 30m)));
        var after = await Trends.ForAuthorityAsync(Member(Wakefield), IndicatorCode.REREF12, PeriodKind.ReportingYear);
        var membersAfter = await Trends.ForMembersAsync(IndicatorCode.REREF12, PeriodKind.ReportingYear);

        Assert.Same(first, again);
        Assert.Equal(20m, Assert.Single(first.Shared).Compared);
        Assert.Equal(30m, Assert.Single(after.Shared).Compared);
        Assert.Equal(20m, Assert.Single(members.Members.Single(m => m.Authority.Code == Wakefield).Shared).Compared);
        Assert.Equal(30m, Assert.Single(membersAfter.Members.Single(m => m.Authority.Code == Wakefield).Shared).Compared);
    }

    [Fact]
    public async Task A_reorganised_authority_has_no_published_value_before_it_was_formed_and_its_predecessors_stay_apart()
    {
        var dorset = new HubAuthority("E06000059", "Dorset", "838", "E12000009", "South West", 70_000, [], IsConsortiumMember: false);

        var trend = await Trends.ForAuthorityAsync(dorset, IndicatorCode.REF, PeriodKind.ReportingYear);

        Assert.Equal("2019-20", trend.FormedIn!.Key);
        Assert.All(trend.Published.Where(p => p.Year.Start < trend.FormedIn.Start), p => Assert.Null(p.Compared));
        Assert.Equal(349.8m, trend.Published[^1].Compared);
        Assert.Contains(trend.Predecessors, p => p.Code == "E10000009");
        Assert.NotNull(trend.Published[0].England);
    }

    [Fact]
    public async Task Every_member_is_in_the_small_multiples_with_its_published_series()
    {
        var members = await Trends.ForMembersAsync(IndicatorCode.REREF12, PeriodKind.ReportingYear);

        Assert.Equal(10, members.Members.Count);
        Assert.All(members.Members, m => Assert.Equal(13, m.Published.Count));
        Assert.Equal(18.5m, members.Members.Single(m => m.Authority.Code == Wakefield).Published[^1].Compared);
    }

    [Fact]
    public async Task An_authoritys_ten_neighbours_are_named_closest_first_with_their_published_values_and_mean()
    {
        var figures = await Trends.NeighboursAsync(Member(Wakefield), IndicatorCode.REREF12, ReportingPeriod.Year(2024));

        Assert.Equal(["Dudley", "Barnsley", "Telford and Wrekin", "Rotherham", "Lincolnshire", "Tameside", "Doncaster", "North Lincolnshire", "Darlington", "Lancashire"], figures!.Neighbours.Select(n => n.Name));
        Assert.Equal(["22.5", "25.5", "15.8", "19.6", "22.9", "27.7", "29.4", "14", "13", "16.3"], figures.Neighbours.Select(n => n.Value!.Value));
        Assert.Equal(206.7m / 10, figures.Mean.Mean);
        Assert.Equal(10, figures.Mean.Reporting);
        Assert.Null(await Trends.NeighboursAsync(Member(Wakefield), IndicatorCode.ASMT45, ReportingPeriod.Year(2024)));
    }
}
