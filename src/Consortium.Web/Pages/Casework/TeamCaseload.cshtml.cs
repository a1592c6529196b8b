using Consortium.Practice.Casework;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>A team manager's view of every open case in their team.</summary>
[Authorize(Policy = AuthorizationPolicies.TeamManager)]
public sealed class TeamCaseloadModel(CaseloadService caseloads) : PageModel
{
    public string Team { get; private set; } = "";

    public CaseloadTable Table => new(CaseloadTable.Count((Rows).Count, "open case"), Rows, true);

    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(User);
        Team = staff.Team;
        Rows = await caseloads.TeamAsync(staff, cancellationToken: cancellationToken);
    }
}
