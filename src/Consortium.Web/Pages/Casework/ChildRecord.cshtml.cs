using Consortium.Practice.Casework;
using Consortium.Practice.DirectWork;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>A child's record and their cases. A restricted record says only that it exists; another authority's id is not found.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class ChildRecordModel(CaseworkService casework, DirectWorkService directWork) : PageModel
{
    public ChildOpening Opening { get; private set; } = ChildOpening.NotFound;

    public IReadOnlyList<DirectWorkRecord> DirectWork { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (!Opening.Exists)
        {
            return NotFound();
        }

        if (Opening.IsRestricted)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else
        {
            DirectWork = await directWork.ForChildAsync(id, cancellationToken);
        }

        return Page();
    }
}
