using Consortium.Practice.Casework;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>Who looked at or changed a child's record, and when: for quality assurance and administrators.</summary>
[Authorize(Policy = AuthorizationPolicies.SeesAccessLogs)]
public sealed class AccessLogModel(CaseworkService casework) : PageModel
{
    public Child Child { get; private set; } = null!;

    public IReadOnlyList<AccessLogEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (opening.Child is null)
        {
            return NotFound();
        }

        Child = opening.Child;
        Entries = await casework.AccessLogAsync(id, cancellationToken);
        return Page();
    }
}
