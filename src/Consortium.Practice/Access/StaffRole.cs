namespace Consortium.Practice.Access;

/// <summary>What a member of an authority's staff may do in Consortium.</summary>
public enum StaffRole
{
    Practitioner,
    TeamManager,
    QualityAssurance,
    TenantAdministrator,
}

public static class StaffRoles
{
    public static string DisplayName(StaffRole role) => role switch
    {
        StaffRole.Practitioner => "Practitioner",
        StaffRole.TeamManager => "Team manager",
        StaffRole.QualityAssurance => "Quality assurance",
        StaffRole.TenantAdministrator => "Authority administrator",
        _ => role.ToString(),
    };

    public static readonly IReadOnlyList<string> Names = [.. Enum.GetNames<StaffRole>()];
}
