using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Census.Notes;
using Consortium.Practice.Census.Validation;
using Consortium.Tenancy;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin;

/// <summary>
/// The authority's Children in Need census: an administrator generates a year's file and validates it against the
/// Department's rules (in the background, progress shown), sees each failure with the record to correct, and downloads the file.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class CensusModel(CensusRuns runs, CensusValidation validation, CensusQueryNotes notes, ITenantContextAccessor tenantContext) : FormPageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    public int ChosenYear { get; private set; } = CensusYears.Default;

    public CensusRun? Run { get; private set; }

    public CensusValidationResult? Result => Run?.Result;

    /// <summary>The authority's notes explaining the year's queries, by rule and LA child ID (empty for the whole file).</summary>
    public IReadOnlyDictionary<(string Rule, string LaChildId), CensusQueryNote> Notes { get; private set; } = new Dictionary<(string, string), CensusQueryNote>();

    public CensusQueryNote? NoteOf(CensusFailureRow query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Notes.GetValueOrDefault((query.Code, query.LaChildId ?? ""));
    }

    public string NoteLink(CensusFailureRow query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Url.Content($"~/admin/census/note?year={ChosenYear.ToString(CultureInfo.InvariantCulture)}&rule={Uri.EscapeDataString(query.Code)}&child={Uri.EscapeDataString(query.LaChildId ?? "")}");
    }

    public SelectField YearField => new(nameof(Year), "Collection year",
        CensusYears.Offered.ToDictionary(y => y.ToString(CultureInfo.InvariantCulture), CensusYears.Label), ChosenYear.ToString(CultureInfo.InvariantCulture), ErrorFor(nameof(Year)));

    public string YearLabel => CensusYears.Label(ChosenYear);

    private TenantInfo Tenant => tenantContext.Current ?? throw new InvalidOperationException("The census page needs a resolved authority.");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReadYear())
        {
            return Invalid();
        }

        Run = await runs.LatestAsync(Tenant, ChosenYear, cancellationToken);
        if (Result is not null)
        {
            Notes = await notes.ForYearAsync(ChosenYear, cancellationToken);
        }

        return Page();
    }

    public IActionResult OnPost()
    {
        if (!ReadYear())
        {
            return Invalid();
        }

        runs.Start(Tenant, ChosenYear, CurrentStaff.From(User));
        return Redirect(Url.Content($"~/admin/census?year={ChosenYear}"));
    }

    public async Task<IActionResult> OnGetXmlAsync(CancellationToken cancellationToken)
    {
        if (!ReadYear())
        {
            return Invalid();
        }

        var xml = await validation.DownloadAsync(ChosenYear, CurrentStaff.From(User), cancellationToken);
        return File(xml, "application/xml", $"cin_census_{Tenant.OldLaCode}_{YearLabel}.xml");
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) => CsvAsync("failures", ["rule", "error_or_query", "message", "la_child_id"],
        r => r.Failures.Select(f => (IReadOnlyList<string>)[f.Code, f.IsQuery ? "query" : "error", f.Message, f.LaChildId ?? ""]), cancellationToken);

    public Task<IActionResult> OnGetCountsCsvAsync(CancellationToken cancellationToken) => CsvAsync("failures_by_rule", ["rule", "error_or_query", "message", "failures"],
        r => r.CountsByRule.Select(c => (IReadOnlyList<string>)[c.Code, c.IsQuery ? "query" : "error", c.Message, c.Failures.ToString(CultureInfo.InvariantCulture)]), cancellationToken);

    /// <summary>The year's queries with the authority's notes explaining them, to send with the return.</summary>
    public async Task<IActionResult> OnGetQueriesCsvAsync(CancellationToken cancellationToken)
    {
        var written = ReadYear() ? await notes.ForYearAsync(ChosenYear, cancellationToken) : Notes;
        return await CsvAsync("queries_with_notes", ["rule", "message", "la_child_id", "note", "noted_by", "noted_at_utc"],
            r => r.Queries.Select(q =>
            {
                var note = written.GetValueOrDefault((q.Code, q.LaChildId ?? ""));
                return (IReadOnlyList<string>)[q.Code, q.Message, q.LaChildId ?? "", note?.Text ?? "", note?.WrittenBy ?? "", note?.WrittenAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? ""];
            }), cancellationToken);
    }

    /// <summary>Failures by rule, beside the table of the same counts.</summary>
    public BarChart CountsChart(CensusValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new BarChart("census-counts", $"Failures by rule, {YearLabel}", "The number of failures of each rule that failed, errors first; the table below gives the same figures.",
            [.. result.CountsByRule.Select(c => new BarChart.Bar(c.IsQuery ? $"{c.Code} (query)" : c.Code, c.Failures, c.Failures.ToString(CultureInfo.InvariantCulture)))], null, null);
    }

    /// <summary>Where a failure is corrected: the episode's case, or the child's record.</summary>
    public string? RecordLink(CensusFailureRow failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.CaseId is { } caseId ? Url.Content($"~/cases/{caseId}") : failure.ChildId is { } childId ? Url.Content($"~/children/{childId}") : null;
    }

    private async Task<IActionResult> CsvAsync(string name, string[] columns, Func<CensusValidationResult, IEnumerable<IReadOnlyList<string>>> rows, CancellationToken cancellationToken)
    {
        if (!ReadYear())
        {
            return Invalid();
        }

        if ((await runs.LatestAsync(Tenant, ChosenYear, cancellationToken))?.Result is not { } result)
        {
            return NotFound();
        }

        var csv = new CsvTable(columns);
        foreach (var row in rows(result))
        {
            csv.Row(row);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"cin_census_{YearLabel}_{name}.csv");
    }

    private bool ReadYear()
    {
        if (string.IsNullOrEmpty(Year))
        {
            return true;
        }

        if (int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && CensusYears.Offered.Contains(year))
        {
            ChosenYear = year;
            return true;
        }

        Errors.Add(new FormError(nameof(Year), "Select a collection year from the list"));
        return false;
    }
}
