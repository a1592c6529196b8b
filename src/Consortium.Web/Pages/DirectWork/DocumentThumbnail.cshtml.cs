using Consortium.Practice.DirectWork;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Consortium.Web.Pages.DirectWork;

/// <summary>
/// A small picture of one drawing, under exactly the checks of its download (same authority, the child's record
/// openable, written to the child's access log); not found for anything that is not a picture.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class DocumentThumbnailModel(DirectWorkService directWork) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string blob, CancellationToken cancellationToken)
    {
        var thumbnail = await directWork.OpenThumbnailAsync(id, blob, CurrentStaff.From(User), cancellationToken);
        if (thumbnail is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return File(thumbnail.Content, thumbnail.ContentType);
    }
}
