using Consortium.Hub.Export;
using Consortium.Practice.Workforce.Measures;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>The authority's workforce census measures for a chosen census year, as a table and as CSV.</summary>
[Authorize(Policy = AuthorizationPolicies.WorkforceLeads)]
public sealed class MeasuresModel(WorkforceCensus census, TimeProvider clock) : FormPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<CensusYear> Years { get; private set; } = [];
    public CensusYear Chosen { get; private set; }
    public bool InProgress { get; private set; }
    public IReadOnlyList<WorkforceMeasureRows.Row> Rows { get; private set; } = [];

    public SelectField YearField => new(nameof(Year), "Census year", Years.ToDictionary(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y => y.Label), Chosen.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), ErrorFor(nameof(Year)));

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Choose())
        {
            return Invalid();
        }

        Rows = WorkforceMeasureRows.Of(await census.MeasuresAsync(Chosen, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!Choose())
        {
            return NotFound();
        }

        var csv = new CsvTable(["census_year", "indicator", "measure", "value", "unit"]);
        foreach (var row in WorkforceMeasureRows.Of(await census.MeasuresAsync(Chosen, cancellationToken)))
        {
            csv.Row([Chosen.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Code, row.Measure, row.Value ?? WorkforceMeasureRows.NotAvailable, row.Unit]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"workforce_measures_{Chosen.Year}.csv");
    }

    /// <summary>The year asked for, or the latest ended; false (with the error to show) for a year not offered.</summary>
    private bool Choose()
    {
        Years = CensusYear.Choices(Today);
        Chosen = Year is { } year ? new CensusYear(year) : CensusYear.LatestEndedBy(Today);
        InProgress = Chosen.CensusDate > Today;
        if (Years.Contains(Chosen))
        {
            return true;
        }

        Chosen = CensusYear.LatestEndedBy(Today);
        Errors.Add(new(nameof(Year), "Choose a census year from the list"));
        return false;
    }
}
