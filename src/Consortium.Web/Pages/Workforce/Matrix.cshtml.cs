using Consortium.Practice.Staff;
using Consortium.Practice.Workforce;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Workforce;

/// <summary>A team's training matrix: its current people by level, each status in words as well as colour.</summary>
[Authorize(Policy = AuthorizationPolicies.WorkforceMatrix)]
public sealed class MatrixModel(TrainingRecords training, StaffDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Team { get; set; }

    public TrainingMatrix Matrix { get; private set; } = new([], []);
    public IReadOnlyList<Team> Teams { get; private set; } = [];
    public string TeamName { get; private set; } = "All teams";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Team is { } id)
        {
            var team = await directory.FindTeamAsync(id, cancellationToken);
            if (team is null)
            {
                return NotFound();
            }

            TeamName = team.Name;
        }

        Teams = await directory.TeamsAsync(cancellationToken);
        Matrix = await training.MatrixAsync(Team, cancellationToken);
        return Page();
    }
}
