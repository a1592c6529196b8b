using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Account;

/// <summary>Where a sign-in that the provider refused or that was interrupted ends.</summary>
[Realm(Realms.Tenant, Realms.Hub)]
[AllowAnonymous]
public sealed class SignInFailedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status400BadRequest;
}
