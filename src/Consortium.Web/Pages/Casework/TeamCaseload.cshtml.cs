using System.Globalization;
using Consortium.Practice.Casework;
using Consortium.Hub.Export;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>
/// A team manager's view of every open case in their team: open and overdue counts overall and by worker, the steps
/// waiting for their authorisation, and the cases filtered by stage, worker and overdue, sorted, a page at a time.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.TeamManager)]
public sealed class TeamCaseloadModel(CaseloadService caseloads, AuthorisationService authorisations) : PageModel
{
    public string Team { get; private set; } = "";

    public TeamCaseload Caseload { get; private set; } = null!;

    public IReadOnlyList<WaitingAuthorisation> Waiting { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public string? Worker { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    /// <summary>
    /// The page asked for, one-based, given to the handler from the query string: bound as a property named "page" (the
    /// name of Razor Pages' own route value too) it was never read, and every page showed the first.
    /// </summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyDictionary<string, string> Stages { get; } = Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Closed).ToDictionary(s => s.ToString(), CaseStages.DisplayName);

    public IReadOnlyDictionary<string, string> Sorts { get; } = new Dictionary<string, string>
    {
        [nameof(TeamCaseloadSort.NextDue)] = "Next due, soonest first",
        [nameof(TeamCaseloadSort.Referral)] = "Referral date, oldest first",
        [nameof(TeamCaseloadSort.Worker)] = "Worker",
        [nameof(TeamCaseloadSort.Stage)] = "Stage",
    };

    public CaseloadTable Table => new(
        $"{CaseloadTable.Count(Caseload.AllMatching.Count, "case")}{(Filtered ? $" of {Caseload.Open} open match" : " open")}", Caseload.Rows, true);

    public bool Filtered => Query.Stage is not null || !string.IsNullOrEmpty(Query.Worker) || Query.OverdueOnly;

    public string PageLink(int page) => Link(("page", page.ToString(CultureInfo.InvariantCulture)));

    public Forms.Pagination Pages => new(Caseload.Page, Caseload.Pages, PageLink, "Case pages");

    public string CsvLink => Link(("handler", "Csv"));

    /// <summary>This page with the same filters and sort, and the given parameter.</summary>
    private string Link((string Name, string Value) extra) => Url.Content("~/caseload/team") + QueryString.Create(new Dictionary<string, string?>
    {
        [nameof(Stage)] = Stage,
        [nameof(Worker)] = Worker,
        [nameof(Overdue)] = Overdue ? "true" : null,
        [nameof(Sort)] = Sort,
        [extra.Name] = extra.Value,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private TeamCaseloadQuery Query => new(
        Enum.TryParse<CaseStage>(Stage, out var stage) && Stages.ContainsKey(stage.ToString()) ? stage : null,
        string.IsNullOrWhiteSpace(Worker) ? null : Worker,
        Overdue,
        Enum.TryParse<TeamCaseloadSort>(Sort, out var sort) && Enum.IsDefined(sort) ? sort : TeamCaseloadSort.NextDue,
        Math.Max(0, PageNumber - 1));

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = page ?? 1;
        var staff = CurrentStaff.From(User);
        Team = staff.Team;
        Caseload = await caseloads.TeamAsync(staff, Query, cancellationToken);
        Waiting = await authorisations.WaitingForTeamAsync(staff, cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(User);
        var caseload = await caseloads.TeamAsync(staff, Query, cancellationToken);
        var csv = new CsvTable(["case_reference", "child_reference", "child", "stage", "worker", "next_due", "next_due_date", "overdue"]);
        foreach (var row in caseload.AllMatching)
        {
            csv.Row([row.CaseReference, row.ChildReference, row.ChildName ?? "Restricted record", CaseStages.DisplayName(row.Stage), row.WorkerName,
                row.NextDue?.Label ?? "", row.NextDue?.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row.Overdue ? "yes" : "no"]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "team_caseload.csv");
    }
}
