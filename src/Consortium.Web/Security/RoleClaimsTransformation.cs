using System.Security.Claims;
using Consortium.Practice.Access;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Security;

/// <summary>
/// Turns the provider's claims into Consortium roles on every request, from the authority's current role
/// mapping (so an administrator's change applies at once) or, at the hub, from the hub's role claim.
/// Role claims of our own type that arrive from outside are dropped, never trusted.
/// </summary>
internal sealed class RoleClaimsTransformation(
    IHttpContextAccessor http,
    IOptionsMonitor<RoleMapping> mapping,
    IOptions<HubSignInOptions> hub) : IClaimsTransformation
{
    private const string Transformed = "consortium_roles_applied";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } source || principal.HasClaim(c => c.Type == Transformed) || http.HttpContext is null)
        {
            return Task.FromResult(principal);
        }

        var realm = Realms.Of(http.HttpContext);
        if (realm is not (Realms.Tenant or Realms.Hub))
        {
            return Task.FromResult(principal);
        }

        var claims = principal.Claims.Select(c => (c.Type, c.Value)).ToList();
        IEnumerable<string> roles = realm == Realms.Tenant
            ? mapping.CurrentValue.RolesFor(claims).Select(r => r.ToString())
            : claims.Where(c => c.Type == hub.Value.RoleClaimType && HubRoles.All.Contains(c.Value)).Select(c => c.Value).Distinct();

        var identity = new ClaimsIdentity(
            principal.Claims.Where(c => c.Type is not (ClaimTypes.Role or Transformed)),
            source.AuthenticationType,
            (source as ClaimsIdentity)?.NameClaimType ?? ClaimsIdentity.DefaultNameClaimType,
            ClaimTypes.Role);
        identity.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        identity.AddClaim(new Claim(Transformed, "1"));
        return Task.FromResult(new ClaimsPrincipal(identity));
    }
}
