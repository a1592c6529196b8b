using Consortium.Practice.Maps;
using Consortium.Practice.Outcomes;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Maps;

/// <summary>Starts the next version of a case's map (a copy of the latest) and opens it for editing.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class StartMapModel(SafetyMapService maps) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect(Url.Content($"~/cases/{id}"));

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var started = await maps.StartVersionAsync(id, CurrentStaff.From(User), cancellationToken);
        return started.Failure switch
        {
            null => this.Saved($"Map version {started.Value!.Version} started as a draft: it is kept, and counts, once you save it with something written", $"~/maps/{started.Value.Id}/edit"),
            Failure.NotFound => NotFound(),
            // Someone started a version at the same moment: theirs is the latest, listed on the case.
            _ => Redirect(Url.Content($"~/cases/{id}")),
        };
    }
}
