using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.England;
using Consortium.Hub.Export;
using Consortium.Hub.Trends;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Hub;

/// <summary>One authority: its trend for an indicator over periods of a kind, and every indicator for its latest period.</summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class AuthorityModel(AuthorityRegistry registry, AuthorityProfile profile, LongTrends longTrends, TimeProvider clock) : FormPageModel
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    [FromRoute(Name = "code")]
    public string Code { get; set; } = "";

    [FromQuery(Name = HubQuery.IndicatorField)]
    public string? IndicatorInput { get; set; }

    [FromQuery(Name = HubQuery.KindField)]
    public string? KindInput { get; set; }

    [FromQuery(Name = HubQuery.YearField)]
    public string? YearInput { get; set; }

    public HubAuthority Authority { get; private set; } = null!;

    /// <summary>The published series from 2012-13 with England, region and neighbours' mean, then the shared figures.</summary>
    public LongTrend? PublishedThenShared { get; private set; }

    public TimelineChart? LongChart { get; private set; }

    /// <summary>The reporting year of the neighbours' table: the one asked for, or the latest published.</summary>
    public ReportingPeriod? Year { get; private set; }

    public IReadOnlyList<ReportingPeriod> PublishedYears { get; private set; } = [];

    /// <summary>The ten published statistical neighbours for <see cref="Year"/>; none when the indicator is not published.</summary>
    public NeighbourFigures? PublishedNeighbours { get; private set; }

    public SelectField YearSelect => new(HubQuery.YearField, "Reporting year (statistical neighbours)", PublishedYears.ToDictionary(y => y.Key, y => y.Label), Year?.Key ?? YearInput, ErrorFor(HubQuery.YearField));

    public IndicatorCode Indicator { get; private set; } = IndicatorCode.REF;

    public PeriodKind Kind { get; private set; } = PeriodKind.ReportingYear;

    public AuthorityTrend? Trend { get; private set; }

    public AuthorityLatest? Latest { get; private set; }

    public LineChart? Chart { get; private set; }

    /// <summary>The authority's statistical neighbours that report to the hub, closest first.</summary>
    public IReadOnlyList<HubAuthority> KnownNeighbours => registry.NeighboursOf(Authority);

    public string NeighboursReportingText => Authority.StatisticalNeighbours.Count == 0
        ? "it has no statistical neighbours listed"
        : $"{KnownNeighbours.Count} of its {Authority.StatisticalNeighbours.Count} report to the hub";

    public string RegionReportingText => registry.OthersInRegion(Authority) is { Count: > 0 } others
        ? string.Join(", ", others.Select(o => o.Name))
        : "no other authority of the region reports to the hub";

    public string RegionHeader => $"Rest of {(Authority.RegionName.Length > 0 ? Authority.RegionName : "region")} (other authorities reporting to the hub), mean";

    public SelectField IndicatorSelect => new(HubQuery.IndicatorField, "Indicator", HubQuery.IndicatorOptions, Indicator.ToString(), ErrorFor(HubQuery.IndicatorField));

    public SelectField KindSelect => new(HubQuery.KindField, "Periods", HubQuery.KindOptions, Kind.ToString(), ErrorFor(HubQuery.KindField));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Errors.Count > 0 ? Invalid() : Page();
    }

    public async Task<IActionResult> OnGetTrendCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Errors.Count > 0 || Trend is null ? Invalid() : Csv(AuthorityCsv.Trend(Trend), $"trend_{Authority.Code}_{Indicator.ToString().ToLowerInvariant()}_{Kind.ToString().ToLowerInvariant()}.csv");
    }

    public async Task<IActionResult> OnGetLatestCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Errors.Count > 0 || Latest is null ? Invalid() : Csv(AuthorityCsv.Latest(Latest), $"latest_{Authority.Code}_{Kind.ToString().ToLowerInvariant()}.csv");
    }

    public async Task<IActionResult> OnGetPublishedCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Errors.Count > 0 || Trend is null ? Invalid() : Csv(AuthorityCsv.Published(Trend), $"published_{Authority.Code}_{Indicator.ToString().ToLowerInvariant()}.csv");
    }

    public async Task<IActionResult> OnGetLongTrendCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Errors.Count > 0 || PublishedThenShared is null ? Invalid() : Csv(TrendCsv.PublishedThenShared(PublishedThenShared), $"long_trend_{Authority.Code}_{Indicator.ToString().ToLowerInvariant()}_{Kind.ToString().ToLowerInvariant()}.csv");
    }

    public async Task<IActionResult> OnGetNeighboursCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        return PublishedNeighbours is null || Year is null
            ? NotFound()
            : Csv(TrendCsv.Neighbours(Authority, IndicatorCatalogue.Get(Indicator), Year, PublishedNeighbours), $"neighbours_{Authority.Code}_{Indicator.ToString().ToLowerInvariant()}_{Year.Key}.csv");
    }

    private FileContentResult Csv(CsvTable table, string name) => File(table.ToBytes(), "text/csv; charset=utf-8", name);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (registry.Find(Code) is not { } authority)
        {
            return false;
        }

        Authority = authority;
        Indicator = HubQuery.Indicator(IndicatorInput, Errors) ?? IndicatorCode.REF;
        Kind = HubQuery.Kind(KindInput, Errors) ?? PeriodKind.ReportingYear;
        PublishedYears = await longTrends.PublishedYearsAsync(cancellationToken);
        Year = HubQuery.Year(YearInput, PublishedYears, Errors) ?? (PublishedYears.Count > 0 ? PublishedYears[0] : null);
        if (Errors.Count > 0)
        {
            return true;
        }

        PublishedThenShared = await longTrends.ForAuthorityAsync(authority, Indicator, Kind, cancellationToken);
        LongChart = LongTrendChart.For(PublishedThenShared);
        PublishedNeighbours = Year is null ? null : await longTrends.NeighboursAsync(authority, Indicator, Year, cancellationToken);

        Trend = await profile.TrendAsync(authority, Indicator, Kind, cancellationToken);
        Latest = await profile.LatestAsync(authority, Kind, cancellationToken);
        Chart = ChartOf(Trend);
        return true;
    }

    private static LineChart ChartOf(AuthorityTrend trend)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var label = ComparedValue.Label(trend.Indicator);
        var withValue = trend.Points.Where(p => p.Compared is not null).ToList();
        var last = trend.Points.Count == 0 ? null : trend.Points[^1];
        var description = withValue.Count == 0
            ? "No period has an available value."
            : string.Format(culture, "{0} periods from {1} to {2}. {3} was {4:#,0.0} in {1} and {5:#,0.0} in {2}; the dashed line is the median of all authorities, the dotted line the mean of its statistical neighbours reporting to the hub ({6} in {2}, {7}), the dash-dot line the mean of the other authorities of {8} reporting to the hub ({9} in {2}, {10}). The same figures are in the table below.",
                trend.Points.Count, trend.Points[0].Period.Label, trend.Points[^1].Period.Label, trend.Authority.Name, withValue[0].Compared, withValue[^1].Compared,
                HubFormat.OneDecimal(last!.Comparators.Neighbours.Mean), HubDisplay.NeighboursBasis(last.Comparators.Neighbours),
                trend.Authority.RegionName.Length > 0 ? trend.Authority.RegionName : "its region",
                HubFormat.OneDecimal(last.Comparators.Region.Mean), HubDisplay.RegionBasis(last.Comparators.Region, trend.Authority.RegionName));
        return new LineChart(
            "trend-chart",
            $"{trend.Indicator.Name} in {trend.Authority.Name}: {label} by period, with its statistical neighbours and region",
            description,
            [.. trend.Points.Select(p => p.Period.Key)],
            [
                new LineChart.Series(trend.Authority.Name, [.. trend.Points.Select(p => p.Compared)], "#1d70b8", LineChart.Solid),
                new LineChart.Series("Median of all authorities", [.. trend.Points.Select(p => p.Median)], "#d4351c", LineChart.Dashed),
                new LineChart.Series("Statistical neighbours, mean", [.. trend.Points.Select(p => p.Comparators.Neighbours.Mean)], "#00703c", LineChart.Dotted),
                new LineChart.Series("Rest of region, mean", [.. trend.Points.Select(p => p.Comparators.Region.Mean)], "#4c2c92", LineChart.DashDot),
            ]);
    }
}
