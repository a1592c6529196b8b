using Consortium.Practice.Access;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;

namespace Consortium.Web.Security;

/// <summary>
/// Named policies for pages and APIs. The fallback (for anything that names none) is the strictest
/// sensible default: signed in, with a role of the request's realm.
/// </summary>
public static class AuthorizationPolicies
{
    public const string SignedIn = "signed-in";
    public const string Staff = "staff";
    public const string TenantAdministrator = "tenant-administrator";
    public const string HubUser = "hub-user";

    public static void Add(AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var realmRole = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new RealmRoleRequirement()).Build();
        authorization
            .SetFallbackPolicy(realmRole)
            .SetDefaultPolicy(realmRole)
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.Names))
            .AddPolicy(TenantAdministrator, p => p.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.TenantAdministrator)))
            .AddPolicy(HubUser, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.All));
    }
}

/// <summary>Met by a staff role at an authority and by a hub role at the hub; never elsewhere.</summary>
public sealed class RealmRoleRequirement : AuthorizationHandler<RealmRoleRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RealmRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var realm = context.Resource switch
        {
            HttpContext http => Realms.Of(http),
            _ => null,
        };
        var roles = realm switch
        {
            Realms.Tenant => StaffRoles.Names,
            Realms.Hub => HubRoles.All,
            _ => [],
        };
        if (roles.Any(context.User.IsInRole))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
