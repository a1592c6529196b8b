using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Export;
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
public sealed class AuthorityModel(AuthorityRegistry registry, AuthorityProfile profile) : FormPageModel
{
    [FromRoute(Name = "code")]
    public string Code { get; set; } = "";

    [FromQuery(Name = HubQuery.IndicatorField)]
    public string? IndicatorInput { get; set; }

    [FromQuery(Name = HubQuery.KindField)]
    public string? KindInput { get; set; }

    public HubAuthority Authority { get; private set; } = null!;

    public IndicatorCode Indicator { get; private set; } = IndicatorCode.REF;

    public PeriodKind Kind { get; private set; } = PeriodKind.ReportingYear;

    public AuthorityTrend? Trend { get; private set; }

    public AuthorityLatest? Latest { get; private set; }

    public LineChart? Chart { get; private set; }

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
        if (Errors.Count > 0)
        {
            return true;
        }

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
        var description = withValue.Count == 0
            ? "No period has an available value."
            : string.Format(culture, "{0} periods from {1} to {2}. {3} was {4:#,0.0} in {1} and {5:#,0.0} in {2}; the dashed line is the median of all authorities. The same figures are in the table below.",
                trend.Points.Count, trend.Points[0].Period.Label, trend.Points[^1].Period.Label, trend.Authority.Name, withValue[0].Compared, withValue[^1].Compared);
        return new LineChart(
            "trend-chart",
            $"{trend.Indicator.Name} in {trend.Authority.Name}: {label} by period",
            description,
            [.. trend.Points.Select(p => p.Period.Key)],
            [
                new LineChart.Series(trend.Authority.Name, [.. trend.Points.Select(p => p.Compared)], "#1d70b8", Dashed: false),
                new LineChart.Series("Median of all authorities", [.. trend.Points.Select(p => p.Median)], "#d4351c", Dashed: true),
            ]);
    }
}
