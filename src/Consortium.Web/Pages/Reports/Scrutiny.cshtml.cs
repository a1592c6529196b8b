using Consortium.Contracts;
using Consortium.Scrutiny;
using Consortium.Scrutiny.Word;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Reports;

/// <summary>
/// The scrutiny committee's report for this authority and a reporting year or quarter: a printable page, the same
/// report as a Word document for the clerk, and its figures as CSV. Administrators, quality assurance and team managers.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ScrutinyReport)]
public sealed class ScrutinyModel(ScrutinyReports reports, TimeProvider clock) : FormPageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    public ScrutinyReport? Report { get; private set; }

    public IReadOnlyList<ReportingPeriod> Choices { get; private set; } = [];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await BuildAsync(cancellationToken);
        if (!outcome.IsDone)
        {
            return Failed(outcome.Failure, _ => "period");
        }

        Report = outcome.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        var outcome = await BuildAsync(cancellationToken);
        return outcome.IsDone
            ? File(ScrutinyWordDocument.Write(outcome.Value), ScrutinyWordDocument.ContentType, $"{FileName(outcome.Value)}.docx")
            : Failed(outcome.Failure, _ => "period");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var outcome = await BuildAsync(cancellationToken);
        return outcome.IsDone
            ? File(ScrutinyCsv.Of(outcome.Value).ToBytes(), "text/csv; charset=utf-8", $"{FileName(outcome.Value)}.csv")
            : Failed(outcome.Failure, _ => "period");
    }

    public static string Tag(Rating rating) => rating switch
    {
        Rating.Red => "govuk-tag--red",
        Rating.Amber => "govuk-tag--orange",
        Rating.Green => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    private Task<Consortium.Practice.Outcomes.Outcome<ScrutinyReport>> BuildAsync(CancellationToken cancellationToken)
    {
        Choices = ScrutinyReports.Choices(Today);
        Period ??= Choices[0].Key;
        return reports.BuildAsync(Period, cancellationToken: cancellationToken);
    }

    private static string FileName(ScrutinyReport report) =>
        $"scrutiny_report_{report.Period.Key.Replace(' ', '_')}";
}
