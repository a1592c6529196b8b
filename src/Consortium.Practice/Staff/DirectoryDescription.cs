using System.Globalization;
using Consortium.Practice.Access;

namespace Consortium.Practice.Staff;

/// <summary>
/// A staff record or team as the lines a person reads, so a change can be told field by field ("Team: A to B"),
/// in the history and in the conflict that stops a save based on an older version.
/// </summary>
public static class DirectoryDescription
{
    public static IReadOnlyList<(string Field, string Value)> Of(StaffRecord record, Func<Guid?, string> teamName, Func<Guid?, string> staffName)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(teamName);
        ArgumentNullException.ThrowIfNull(staffName);
        return
        [
            ("First name", record.GivenName),
            ("Last name", record.FamilyName),
            ("Sign-in name", record.SignInName),
            ("Team", teamName(record.TeamId)),
            ("Role", StaffRoles.DisplayName(record.Role)),
            ("Job title", record.JobTitle),
            ("Manager", staffName(record.ManagerId)),
            ("Start date", Date(record.StartDate)),
            ("Leaving date", Date(record.EndDate)),
            ("Registration number", record.RegistrationNumber ?? "none"),
            ("FTE", StaffDetails.FteText(record.Fte)),
            ("Employment", record.Employment.ToString()),
        ];
    }

    public static IReadOnlyList<(string Field, string Value)> Of(Team team, Func<Guid?, string> staffName)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(staffName);
        return [("Name", team.Name), ("Service area", team.ServiceArea ?? "none"), ("Manager", staffName(team.ManagerId))];
    }

    /// <summary>One line a field that differs, "Field: before to after".</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyList<(string Field, string Value)> before, IReadOnlyList<(string Field, string Value)> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. before.Zip(after).Where(p => p.First.Value != p.Second.Value).Select(p => $"{p.First.Field}: {p.First.Value} to {p.Second.Value}")];
    }

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "none";
}
