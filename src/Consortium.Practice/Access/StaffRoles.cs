namespace Consortium.Practice.Access;

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
