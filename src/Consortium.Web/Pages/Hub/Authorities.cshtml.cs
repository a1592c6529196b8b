using Consortium.Hub.Authorities;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Hub;

/// <summary>The authorities the hub compares, each linking to its own view.</summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class AuthoritiesModel(AuthorityRegistry registry) : PageModel
{
    public IReadOnlyList<HubAuthority> Authorities => registry.All;

    public void OnGet()
    {
    }
}
