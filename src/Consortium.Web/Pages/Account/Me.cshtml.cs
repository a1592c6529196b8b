using System.Security.Claims;
using Consortium.Practice.Access;
using Consortium.Tenancy;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Account;

/// <summary>Who is signed in, where, and with which roles.</summary>
[Realm(Realms.Tenant, Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.SignedIn)]
public sealed class MeModel(ITenantContextAccessor tenantContext) : PageModel
{
    public string Name { get; private set; } = "";

    public string Where { get; private set; } = "";

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public void OnGet()
    {
        Name = User.Identity?.Name ?? "";
        var hub = Realms.Of(HttpContext) == Realms.Hub;
        Where = hub ? "Consortium hub" : tenantContext.Current!.Name;
        Roles = [.. User.FindAll(ClaimTypes.Role).Select(c => hub
            ? HubRoles.DisplayName(c.Value)
            : Enum.TryParse<StaffRole>(c.Value, out var role) ? StaffRoles.DisplayName(role) : c.Value)];
    }
}
