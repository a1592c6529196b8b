using Consortium.Practice.DirectWork;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Consortium.Web.Pages.DirectWork;

/// <summary>Downloads one artefact, only through its record, only for staff of the same authority who may open the child.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class DownloadDocumentModel(DirectWorkService directWork) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string blob, CancellationToken cancellationToken)
    {
        var document = await directWork.OpenDocumentAsync(id, blob, CurrentStaff.From(User), cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return File(document.Content, document.ContentType, document.FileName);
    }
}
