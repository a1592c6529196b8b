using System.Security.Claims;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;

namespace Consortium.Web.Security;

/// <summary>The signed-in member of an authority's staff, as casework sees them.</summary>
public static class CurrentStaff
{
    /// <summary>Claims that may carry a person's team: a "team" claim, or Entra's "department".</summary>
    private static readonly string[] TeamClaims = ["team", "department"];

    /// <summary>Claims that may carry the person's user name, by which a restricted record names them.</summary>
    private static readonly string[] UserNameClaims = ["preferred_username", "email", "upn"];

    public static StaffMember From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var subject = user.FindFirstValue("sub") ?? throw new InvalidOperationException("A signed-in member of staff has no subject claim.");
        var team = TeamClaims.Select(user.FindFirstValue).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "Unassigned";
        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<StaffRole>(c.Value, out var role) ? role : (StaffRole?)null)
            .OfType<StaffRole>()
            .ToHashSet();
        var userName = UserNameClaims.Select(user.FindFirstValue).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) ?? "";
        return new StaffMember(subject, user.Identity?.Name ?? subject, team, roles, userName);
    }
}
