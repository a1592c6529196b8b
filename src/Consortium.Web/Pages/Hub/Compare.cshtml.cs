using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.England;
using Consortium.Hub.Export;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Hub;

/// <summary>LAIT's comparison: one indicator and period, every authority side by side, as a chart, a table and a CSV file.</summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class CompareModel(IndicatorComparison comparison, EnglandComparison england, HubReadCache cache, TimeProvider clock) : FormPageModel
{
    [FromQuery(Name = HubQuery.IndicatorField)]
    public string? IndicatorInput { get; set; }

    [FromQuery(Name = HubQuery.PeriodField)]
    public string? PeriodInput { get; set; }

    public ComparisonTable? Table { get; private set; }

    /// <summary>What the comparison and England's sections are drawn from (the figures' stamp, indicator, period and today), so requests with the same key share them; none when the input is wrong.</summary>
    public string? FragmentKey { get; private set; }

    public IndicatorCode Indicator { get; private set; } = IndicatorCode.REF;

    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];

    public BarChart? Chart { get; private set; }

    /// <summary>The same indicator and year against every authority of England, where the Department publishes it.</summary>
    public EnglandSection? England { get; private set; }

    public SelectField IndicatorSelect => new(HubQuery.IndicatorField, "Indicator", HubQuery.IndicatorOptions, Indicator.ToString(), ErrorFor(HubQuery.IndicatorField));

    public DateOnly Today { get; } = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public SelectField PeriodSelect => new(
        HubQuery.PeriodField, "Period", Periods.ToDictionary(p => p.Key, p => p.IsCompleteOn(Today) ? p.Label : $"{p.Label} (incomplete)"), Table?.Period.Key ?? PeriodInput, ErrorFor(HubQuery.PeriodField),
        "If you leave it, the latest complete reporting year with figures");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Errors.Count > 0 ? Invalid() : Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Errors.Count > 0 || Table is null)
        {
            return Invalid();
        }

        return File(ComparisonCsv.Write(Table).ToBytes(), "text/csv; charset=utf-8", $"comparison_{Table.Indicator.Code.ToString().ToLowerInvariant()}_{Table.Period.Key.Replace(' ', '_')}.csv");
    }

    public async Task<IActionResult> OnGetEnglandCsvAsync(CancellationToken cancellationToken) =>
        await EnglandFileAsync(EnglandCsv.Authorities, "england", cancellationToken);

    public async Task<IActionResult> OnGetNeighboursCsvAsync(CancellationToken cancellationToken) =>
        await EnglandFileAsync(EnglandCsv.Neighbours, "neighbours", cancellationToken);

    private async Task<IActionResult> EnglandFileAsync(Func<EnglandTable, CsvTable> write, string name, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Errors.Count > 0 || England is null)
        {
            return Errors.Count > 0 ? Invalid() : NotFound();
        }

        var table = England.Table;
        return File(write(table).ToBytes(), "text/csv; charset=utf-8", $"{name}_{table.Indicator.Code.ToString().ToLowerInvariant()}_{table.Period.Key}.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Indicator = HubQuery.Indicator(IndicatorInput, Errors) ?? IndicatorCode.REF;
        var requested = HubQuery.Period(PeriodInput, Errors);
        Periods = await comparison.PeriodsWithDataAsync(Indicator, cancellationToken);
        if (Errors.Count > 0)
        {
            return;
        }

        if (requested is not null && !Periods.Contains(requested))
        {
            Errors.Add(new FormError(HubQuery.PeriodField, $"There are no figures for {IndicatorCatalogue.Get(Indicator).Name.ToLowerInvariant()} in {requested.Label}: select a period from the list"));
            return;
        }

        var period = requested ?? IndicatorComparison.DefaultPeriod(Periods, Today);
        if (period is null)
        {
            return;
        }

        Table = await comparison.CompareAsync(Indicator, period, Periods, cancellationToken);
        FragmentKey = string.Join('|', await cache.StampAsync(cancellationToken), Indicator, period.Key, Today.DayNumber);
        Chart = ChartOf(Table);
        if (await england.CompareAsync(Indicator, period, cancellationToken) is { } englandTable)
        {
            var route = new { indicator = Indicator.ToString(), period = period.Key };
            England = new EnglandSection(
                englandTable,
                EnglandSection.ChartOf(englandTable),
                Url.Page("Compare", "EnglandCsv", route) ?? "",
                Url.Page("Compare", "NeighboursCsv", route) ?? "");
        }
    }

    private static BarChart ChartOf(ComparisonTable table)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var label = ComparedValue.Label(table.Indicator);
        var bars = table.Rows
            .Where(r => r.Compared is not null)
            .OrderByDescending(r => r.Compared)
            .Select(r => new BarChart.Bar(r.Authority.Name, r.Compared!.Value, r.Compared.Value.ToString("#,0.0", culture)))
            .ToList();
        var description = bars.Count == 0
            ? "No authority has an available value for this period."
            : string.Format(culture, "{0} authorities with a value, highest first: the highest is {1} ({2}), the lowest {3} ({4}); the median is {5:#,0.0}. {6} suppressed or not available are left out. The same figures are in the table below.",
                bars.Count, bars[0].Label, bars[0].ValueText, bars[^1].Label, bars[^1].ValueText, table.Median, table.Rows.Count - bars.Count);
        return new BarChart("comparison-chart", $"{table.Indicator.Name}, {table.Period.Label}: {label} by authority", description, bars, table.Median, "median");
    }
}
