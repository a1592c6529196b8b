namespace Consortium.Practice.Staff.Import;

/// <summary>The columns an HR file may have, in the template's order. The README lists the same.</summary>
public static class HrColumns
{
    public static readonly HrColumn FirstName = new("First name", nameof(StaffDetails.GivenName), true, "Up to 100 characters");
    public static readonly HrColumn LastName = new("Last name", nameof(StaffDetails.FamilyName), true, "Up to 100 characters");
    public static readonly HrColumn SignInName = new("Sign-in name", nameof(StaffDetails.SignInName), true, "The name they sign in with, usually their work e-mail address; identifies the person in every import");
    public static readonly HrColumn Team = new("Team", nameof(StaffDetails.TeamId), false, "A team's name; a name the directory does not have yet becomes a new team");
    public static readonly HrColumn Role = new("Role", nameof(StaffDetails.Role), true, "Practitioner, Team manager, Quality assurance or Authority administrator");
    public static readonly HrColumn JobTitle = new("Job title", nameof(StaffDetails.JobTitle), true, "Up to 100 characters");
    public static readonly HrColumn Manager = new("Manager sign-in name", nameof(StaffDetails.ManagerId), false, "Their manager's sign-in name, in this file or already in the directory");
    public static readonly HrColumn StartDate = new("Start date", nameof(StaffDetails.StartDate), true, "2024-04-01 or 01/04/2024");
    public static readonly HrColumn LeavingDate = new("Leaving date", nameof(StaffDetails.EndDate), false, "Their last working day, if they have left or are leaving");
    public static readonly HrColumn Registration = new("Registration number", nameof(StaffDetails.RegistrationNumber), false, "Social Work England registration, SW followed by digits, for social workers");
    public static readonly HrColumn Fte = new("FTE", nameof(StaffDetails.Fte), true, "More than 0 and at most 1, like 1 or 0.6");
    public static readonly HrColumn Employment = new("Employment", nameof(StaffDetails.Employment), true, "Employed or Agency");

    public static readonly IReadOnlyList<HrColumn> All = [FirstName, LastName, SignInName, Team, Role, JobTitle, Manager, StartDate, LeavingDate, Registration, Fte, Employment];

    /// <summary>The column that a staff detail's field errors are about.</summary>
    public static HrColumn ForField(string field) => All.FirstOrDefault(c => c.Field == field) ?? SignInName;

    /// <summary>The template offered for download: the headings and one example row.</summary>
    public static string Template =>
        string.Join(",", All.Select(c => c.Heading)) + "\r\n"
        + "Sam,Example,sam.example@council.gov.uk,Assessment team 1,Practitioner,Social worker,manager.example@council.gov.uk,2024-04-01,,SW123456,1,Employed\r\n";
}
