using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Comparison;

public sealed class ComparisonTests : IAsyncLifetime
{
    private readonly HubTestStore _store = new(withPublished: true);
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private IndicatorComparison Comparison => _store.Services.GetRequiredService<IndicatorComparison>();

    private async Task<ComparisonTable> Compare(IndicatorCode code, ReportingPeriod period) =>
        await Comparison.CompareAsync(code, period, await Comparison.PeriodsWithDataAsync(code));

    [Fact]
    public async Task Suppressed_values_show_no_number_and_are_left_out_of_the_median_ranks_and_bands()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Percent(IndicatorCode.REREF12, 10m)));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year, Noon, Percent(IndicatorCode.REREF12, 20m)));
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, Year, Noon, Suppressed(IndicatorCode.REREF12)));
        await _store.Ingestor.IngestAsync(Snapshot(Rutland, Year, Noon, Percent(IndicatorCode.REREF12, 90m)));

        var table = await Compare(IndicatorCode.REREF12, Year);

        Assert.Equal(20m, table.Median);
        Assert.Equal(3, table.ComparedCount);
        var wakefield = table.Rows.Single(r => r.Authority.Code == Wakefield);
        Assert.Equal(ValueStatus.Suppressed, wakefield.Value!.Status);
        Assert.Null(wakefield.Compared);
        Assert.Null(wakefield.Rank);
        Assert.Equal(new RankAndBand(1, 'A'), table.Rows.Single(r => r.Authority.Code == Brent).Rank);
        Assert.Equal(3, table.Rows.Single(r => r.Authority.Code == Rutland).Rank!.Value.Rank);
        Assert.Null(table.Rows.Single(r => r.Authority.Name == "Norfolk").Value);
    }

    [Fact]
    public async Task Audits_good_or_better_are_compared_and_ranked_higher_first_with_no_published_figures_for_England()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Percent(IndicatorCode.QA_AUDIT_GOOD, 330, 600), Percent(IndicatorCode.QA_AUDIT_GRADE4, 60, 600)));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year, Noon, Percent(IndicatorCode.QA_AUDIT_GOOD, 420, 600), Percent(IndicatorCode.QA_AUDIT_GRADE4, 30, 600)));
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, Year, Noon, Suppressed(IndicatorCode.QA_AUDIT_GOOD)));

        var table = await Compare(IndicatorCode.QA_AUDIT_GOOD, Year);

        Assert.Equal(2, table.ComparedCount);
        Assert.Equal(62.5m, table.Median);
        Assert.Equal(1, table.Rows.Single(r => r.Authority.Code == Bristol).Rank!.Value.Rank);
        Assert.Equal(2, table.Rows.Single(r => r.Authority.Code == Brent).Rank!.Value.Rank);
        Assert.Null(table.England);
        Assert.All(table.Rows, r => Assert.Null(r.Published));
        Assert.Equal(1, (await Compare(IndicatorCode.QA_AUDIT_GRADE4, Year)).Rows.Single(r => r.Authority.Code == Bristol).Rank!.Value.Rank);
    }

    [Fact]
    public async Task Staff_trained_are_compared_across_the_members_higher_first_with_no_published_figures()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Percent(IndicatorCode.WF_TRAINED, 120, 200)));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year, Noon, Percent(IndicatorCode.WF_TRAINED, 150, 200)));
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, Year, Noon, Percent(IndicatorCode.WF_TRAINED, 90, 200)));

        var table = await Compare(IndicatorCode.WF_TRAINED, Year);

        Assert.Equal(3, table.ComparedCount);
        Assert.Null(table.Rows.Single(r => r.Authority.Name == "Norfolk").Value);
        Assert.Equal(60m, table.Median);
        Assert.Equal(1, table.Rows.Single(r => r.Authority.Code == Bristol).Rank!.Value.Rank);
        Assert.Equal(3, table.Rows.Single(r => r.Authority.Code == Wakefield).Rank!.Value.Rank);
        Assert.Null(table.England);
        Assert.All(table.Rows, r => Assert.Null(r.Published));
    }

    [Fact]
    public async Task Social_worker_turnover_sits_beside_the_published_census_figure_of_the_year_the_reporting_year_carries()
    {
        var year = ReportingPeriod.Year(2023);
        await _store.Ingestor.IngestAsync(Snapshot(Brent, year, Noon, Percent(IndicatorCode.WF_TURNOVER, 12, 100)));

        var table = await Compare(IndicatorCode.WF_TURNOVER, year);

        Assert.Equal(13.9m, table.England!.Value);
        Assert.Equal(11.6m, table.Rows.Single(r => r.Authority.Code == Brent).Published!.Value);
        Assert.Equal(18.5m, table.Rows.Single(r => r.Authority.Code == Wakefield).Published!.Value);
    }

    [Fact]
    public async Task Counts_are_compared_on_their_rate_and_carry_no_rank_as_neither_direction_is_better()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2288, 305.0m)));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year, Noon, Count(IndicatorCode.REF, 3000, 323.6m)));

        var table = await Compare(IndicatorCode.REF, Year);

        Assert.Equal(314.3m, table.Median);
        Assert.All(table.Rows, r => Assert.Null(r.Rank));
        Assert.Equal(632830m, table.England!.Value);
        Assert.Equal(519.4m, table.EnglandRate);
        Assert.Equal(3553m, table.Rows.Single(r => r.Authority.Code == Brent).Published!.Value);
    }

    [Fact]
    public async Task A_percentage_moving_more_than_15_points_since_the_previous_period_is_flagged()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, Year.Previous(), Noon, Percent(IndicatorCode.REREF12, 46.1m)));
        await _store.Ingestor.IngestAsync(Snapshot(Wakefield, Year, Noon, Percent(IndicatorCode.REREF12, 67.6m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year.Previous(), Noon, Percent(IndicatorCode.REREF12, 10m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Percent(IndicatorCode.REREF12, 20m)));

        var table = await Compare(IndicatorCode.REREF12, Year);

        Assert.Contains("21.5 percentage points", table.Rows.Single(r => r.Authority.Code == Wakefield).Flag!.Explanation, StringComparison.Ordinal);
        Assert.Null(table.Rows.Single(r => r.Authority.Code == Brent).Flag);
    }

    [Fact]
    public async Task The_default_period_is_the_latest_reporting_year_with_data()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year.Previous(), Noon, Count(IndicatorCode.REF, 10, 1m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 10, 1m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, ReportingPeriod.MonthOf(new DateOnly(2025, 9, 1)), Noon, Count(IndicatorCode.REF, 1, 1m)));

        Assert.Equal(Year, IndicatorComparison.DefaultPeriod(await Comparison.PeriodsWithDataAsync(IndicatorCode.REF), Year.End.AddDays(1)));
    }

    [Fact]
    public async Task While_a_year_is_in_progress_the_default_is_the_latest_complete_period()
    {
        var september = ReportingPeriod.MonthOf(Year.Start.AddMonths(5));
        var midOctober = september.End.AddDays(15);
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 10, 1m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, september, Noon, Count(IndicatorCode.REF, 10, 1m)));
        Assert.Equal(september, IndicatorComparison.DefaultPeriod(await Comparison.PeriodsWithDataAsync(IndicatorCode.REF), midOctober));

        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year.Previous(), Noon, Count(IndicatorCode.REF, 10, 1m)));
        Assert.Equal(Year.Previous(), IndicatorComparison.DefaultPeriod(await Comparison.PeriodsWithDataAsync(IndicatorCode.REF), midOctober));
    }

    [Fact]
    public async Task A_newer_snapshot_is_compared_at_once_not_the_comparison_read_before_it()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Percent(IndicatorCode.REREF12, 10m)));
        var before = await Compare(IndicatorCode.REREF12, Year);

        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon.AddHours(1), Percent(IndicatorCode.REREF12, 15m)));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year.Previous(), Noon, Percent(IndicatorCode.REREF12, 20m)));
        var after = await Compare(IndicatorCode.REREF12, Year);

        Assert.Equal(10m, before.Rows.Single(r => r.Authority.Code == Brent).Compared);
        Assert.Equal(15m, after.Rows.Single(r => r.Authority.Code == Brent).Compared);
        Assert.Contains(Year.Previous(), await Comparison.PeriodsWithDataAsync(IndicatorCode.REREF12));
    }
}

public sealed class MovementCheckTests
{
    private static readonly ReportingPeriod Before = ReportingPeriod.Year(2023);

    [Theory]
    [InlineData(IndicatorCode.REREF12, 46.1, 67.6, true)]
    [InlineData(IndicatorCode.REREF12, 20, 35, false)]
    [InlineData(IndicatorCode.REREF12, 35, 19.9, true)]
    [InlineData(IndicatorCode.REF, 1000, 1501, true)]
    [InlineData(IndicatorCode.REF, 1000, 1500, false)]
    [InlineData(IndicatorCode.REF, 1000, 499, true)]
    [InlineData(IndicatorCode.REF, 0, 10, false)]
    [InlineData(IndicatorCode.ASMT_MEDIAN, 30, 50, true)]
    [InlineData(IndicatorCode.SOS_SCALE_MOVE, 2, 5.5, true)]
    [InlineData(IndicatorCode.SOS_SCALE_MOVE, 2, 4, false)]
    public void Implausible_movements_are_flagged(IndicatorCode code, double before, double after, bool flagged) =>
        Assert.Equal(flagged, MovementCheck.Check(IndicatorCatalogue.Get(code), Before, (decimal)before, (decimal)after) is not null);

    [Fact]
    public void A_missing_or_suppressed_side_is_never_flagged() =>
        Assert.Null(MovementCheck.Check(IndicatorCatalogue.Get(IndicatorCode.REREF12), Before, null, 90m));
}
