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

    /// <summary>One role by its exact name: not a number, not a list of names, not padded or in another case.</summary>
    public static bool TryParseExactly(string? value, out StaffRole role)
    {
        role = default;
        return value is not null && Names.Contains(value, StringComparer.Ordinal) && Enum.TryParse(value, out role);
    }
}
