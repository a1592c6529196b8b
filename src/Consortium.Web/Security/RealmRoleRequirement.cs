using Consortium.Practice.Access;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authorization;

namespace Consortium.Web.Security;

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
