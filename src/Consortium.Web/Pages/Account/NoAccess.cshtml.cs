using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Account;

/// <summary>Shown to a signed-in person who has no role that lets them see what they asked for.</summary>
[Realm(Realms.Tenant, Realms.Hub)]
[AllowAnonymous]
public sealed class NoAccessModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
