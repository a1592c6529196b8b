using Consortium.Tenancy.Resolution;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Account;

/// <summary>Ends the local session and the provider's (end-session), then returns to the start page.</summary>
[Realm(Realms.Tenant, Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Page();

    public IActionResult OnPost()
    {
        var hub = Realms.Of(HttpContext) == Realms.Hub;
        return SignOut(
            new AuthenticationProperties { RedirectUri = Url.Content("~/") },
            hub ? AuthenticationSchemes.HubCookie : AuthenticationSchemes.TenantCookie,
            hub ? AuthenticationSchemes.HubOidc : AuthenticationSchemes.TenantOidc);
    }
}
