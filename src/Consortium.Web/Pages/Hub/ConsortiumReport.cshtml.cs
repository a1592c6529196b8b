using Consortium.Contracts;
using Consortium.Hub.Scrutiny;
using Consortium.Reports.Word;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Hub;

/// <summary>
/// The consortium's report to the members' scrutiny committees for a reporting year, from what the hub holds: a
/// printable page, the same report as a Word document and its figures as CSV. Consortium leads only.
/// </summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.ConsortiumLead)]
public sealed class ConsortiumReportModel(ConsortiumReports reports, TimeProvider clock) : FormPageModel
{
    [FromQuery(Name = HubQuery.PeriodField)]
    public string? PeriodInput { get; set; }

    public ConsortiumReport? Report { get; private set; }

    public IReadOnlyList<ReportingPeriod> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Year() is not { } year)
        {
            return Invalid();
        }

        Report = await reports.BuildAsync(year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetWordAsync(CancellationToken cancellationToken)
    {
        if (Year() is not { } year)
        {
            return Invalid();
        }

        var report = await reports.BuildAsync(year, cancellationToken);
        return File(ConsortiumReportDocument.Write(report), WordReport.ContentType, $"{FileName(report)}.docx");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (Year() is not { } year)
        {
            return Invalid();
        }

        var report = await reports.BuildAsync(year, cancellationToken);
        return File(ConsortiumReportCsv.Of(report).ToBytes(), "text/csv; charset=utf-8", $"{FileName(report)}.csv");
    }

    /// <summary>The chosen reporting year, by default the last one complete; null with the error where it is not one of the choices.</summary>
    private ReportingPeriod? Year()
    {
        Choices = ConsortiumReports.Choices(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (string.IsNullOrWhiteSpace(PeriodInput))
        {
            return Choices[1];
        }

        var period = HubQuery.Period(PeriodInput, Errors);
        if (period is not null && !Choices.Contains(period))
        {
            Errors.Add(new FormError(HubQuery.PeriodField, "Select a reporting year from the list: the report is made for one of the last five reporting years"));
            return null;
        }

        return period;
    }

    private static string FileName(ConsortiumReport report) => $"consortium_report_{report.Year.Key.Replace(' ', '_')}";
}
