namespace Consortium.Practice.Access;

/// <summary>
/// How an authority's identity provider's claims become Consortium roles: any claim type and value (Entra
/// "roles" app roles, "groups" object ids, or another provider's claims) to a staff role. Configured by the
/// authority's administrators; a person gets every role whose rule matches one of their claims.
/// </summary>
public sealed class RoleMapping
{
    public List<RoleMappingRule> Rules { get; set; } = Defaults();

    public IReadOnlyList<StaffRole> RolesFor(IEnumerable<(string Type, string Value)> claims)
    {
        var held = claims.ToHashSet();
        return [.. Rules.Where(r => held.Contains((r.ClaimType, r.ClaimValue))).Select(r => r.Role).Distinct().Order()];
    }

    /// <summary>Entra ID app roles named after the staff roles, which the development provider also issues.</summary>
    public static List<RoleMappingRule> Defaults() =>
        [.. Enum.GetValues<StaffRole>().Select(role => new RoleMappingRule { ClaimType = "roles", ClaimValue = role.ToString(), Role = role })];
}
