using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages;

/// <summary>
/// The page for anything not found, including an unknown authority. It names no authority. A post that was not found
/// is shown it too, so it ignores antiforgery: it saves nothing.
/// </summary>
[Realm(Realms.Any)]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;

    public void OnPost() => OnGet();
}
