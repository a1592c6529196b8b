using Consortium.Practice.Access;

namespace Consortium.Practice.Staff;

/// <summary>A current member of staff as a form offers them: who they are, and how a record that names them stores it.</summary>
public sealed record StaffChoice(Guid Id, string Name, string JobTitle, string? Team, StaffRole Role, string SignInName, string? Subject)
{
    /// <summary>
    /// How a record names this person where it is matched at sign-in (a restricted child's permitted staff): their
    /// subject once they have signed in, else their sign-in name, which their provider gives as their user name.
    /// </summary>
    public string Identifier => Subject ?? SignInName;

    public bool IsNamedBy(string entry) =>
        (Subject is not null && string.Equals(entry, Subject, StringComparison.Ordinal))
        || string.Equals(entry, SignInName, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Priya Practitioner, Social worker (Assessment team 1)".</summary>
    public string Label => Team is null ? $"{Name}, {JobTitle}" : $"{Name}, {JobTitle} ({Team})";
}
