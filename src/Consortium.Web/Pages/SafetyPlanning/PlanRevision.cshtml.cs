using Consortium.Practice.SafetyPlanning;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.SafetyPlanning;

/// <summary>One revision of a safety plan, in full, as it was written.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class PlanRevisionModel(SafetyPlanningService planning) : PageModel
{
    public Practice.SafetyPlanning.SafetyPlanning View { get; private set; } = null!;

    public SafetyPlanRevision Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int revision, CancellationToken cancellationToken)
    {
        if (await planning.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view
            || view.Revisions.FirstOrDefault(r => r.Revision == revision) is not { } plan)
        {
            return NotFound();
        }

        (View, Plan) = (view, plan);
        return Page();
    }

    public string MemberName(Guid id) => View.Network.FirstOrDefault(m => m.Id == id)?.Name ?? "Someone no longer in the network";
}
