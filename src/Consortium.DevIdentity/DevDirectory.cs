namespace Consortium.DevIdentity;

/// <summary>
/// The development provider's users: a small directory per realm. Each authority has one user per staff
/// role (practitioner@brent, manager@brent, qa@brent, admin@brent) and one with no role (noaccess@brent);
/// the hub has lead@hub and analyst@hub. Roles are issued as Entra-style "roles" claims.
/// </summary>
public static class DevDirectory
{
    public const string HubRealm = "hub";

    private static readonly (string Prefix, string Name, string? Role)[] StaffUsers =
    [
        ("practitioner", "Priya Practitioner", "Practitioner"),
        ("manager", "Mo Manager", "TeamManager"),
        ("qa", "Quinn Assurance", "QualityAssurance"),
        ("admin", "Ada Administrator", "TenantAdministrator"),
        ("noaccess", "Nat Noaccess", null),
    ];

    private static readonly (string Prefix, string Name, string Role)[] HubUsers =
    [
        ("lead", "Lee Lead", "ConsortiumLead"),
        ("analyst", "Ana Analyst", "DepartmentAnalyst"),
    ];

    /// <summary>Every development member of staff works in one team, so the manager sees the practitioner's cases.</summary>
    public const string Team = "Assessment team 1";

    public static IReadOnlyList<DevUser> UsersOf(string realm) => realm == HubRealm
        ? [.. HubUsers.Select(u => User(realm, u.Prefix, u.Name, u.Role))]
        : [.. StaffUsers.Select(u => User(realm, u.Prefix, u.Name, u.Role) with { Team = Team })];

    /// <summary>The user of that name in that realm's directory only.</summary>
    public static DevUser? Find(string realm, string? userName) =>
        UsersOf(realm).FirstOrDefault(u => string.Equals(u.UserName, userName?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static DevUser User(string realm, string prefix, string name, string? role) =>
        new($"{prefix}@{realm}", $"{realm}-{prefix}", name, $"{prefix}@{realm}.example", role is null ? [] : [role]);
}
