using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Practice.Access;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Staff;

/// <summary>
/// What an administrator's form or a row of an HR file says about a member of staff. Codes (role, employment) stay text
/// until <see cref="Validate"/> parses them, so a wrong one is a field error; the team and manager are chosen records.
/// </summary>
public sealed partial record StaffDetails
{
    public const int NameLength = 100;
    public const int SignInNameLength = 200;
    public const int JobTitleLength = 100;

    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? SignInName { get; init; }
    public Guid? TeamId { get; init; }
    public string? Role { get; init; }
    public string? JobTitle { get; init; }
    public Guid? ManagerId { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public string? RegistrationNumber { get; init; }
    public decimal? Fte { get; init; }
    public string? Employment { get; init; }

    public static StaffDetails Of(StaffRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new StaffDetails
        {
            GivenName = record.GivenName,
            FamilyName = record.FamilyName,
            SignInName = record.SignInName,
            TeamId = record.TeamId,
            Role = record.Role.ToString(),
            JobTitle = record.JobTitle,
            ManagerId = record.ManagerId,
            StartDate = record.StartDate,
            EndDate = record.EndDate,
            RegistrationNumber = record.RegistrationNumber,
            Fte = record.Fte,
            Employment = record.Employment.ToString(),
        };
    }

    /// <summary>The rules of each field on its own; whether the team and manager exist is the directory's to check.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        Required(errors, nameof(GivenName), GivenName, "First name", "Enter a first name", NameLength);
        Required(errors, nameof(FamilyName), FamilyName, "Last name", "Enter a last name", NameLength);
        if (Required(errors, nameof(SignInName), SignInName, "Sign-in name", "Enter the name they sign in with, usually their work e-mail address", SignInNameLength)
            && !SignInNamePattern().IsMatch(SignInName!.Trim()))
        {
            errors.Add(new(nameof(SignInName), "Sign-in name must look like name@example.gov.uk, with no spaces"));
        }

        if (ParseRole(Role) is null)
        {
            errors.Add(new(nameof(Role), "Choose a role: practitioner, team manager, quality assurance or authority administrator"));
        }

        Required(errors, nameof(JobTitle), JobTitle, "Job title", "Enter a job title", JobTitleLength);
        if (StartDate is null)
        {
            errors.Add(new(nameof(StartDate), "Enter the date they started"));
        }
        else if (EndDate is { } end && end < StartDate)
        {
            errors.Add(new(nameof(EndDate), "Leaving date must be on or after the start date"));
        }

        if (!string.IsNullOrWhiteSpace(RegistrationNumber) && !RegistrationPattern().IsMatch(RegistrationNumber.Trim()))
        {
            errors.Add(new(nameof(RegistrationNumber), "Registration number must be SW followed by up to 7 digits, like SW123456"));
        }

        if (Fte is not { } fte || fte <= 0 || fte > 1 || decimal.Round(fte, 4) != fte)
        {
            errors.Add(new(nameof(Fte), "FTE must be a number more than 0 and no more than 1, like 1 or 0.6"));
        }

        if (ParseEmployment(Employment) is null)
        {
            errors.Add(new(nameof(Employment), "Choose employed or agency"));
        }

        return errors;
    }

    /// <summary>Writes valid details onto a record (new or existing); the subject and version are not details.</summary>
    public void ApplyTo(StaffRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.GivenName = GivenName!.Trim();
        record.FamilyName = FamilyName!.Trim();
        record.SignInName = NormalisedSignInName(SignInName);
        record.TeamId = TeamId;
        record.Role = ParseRole(Role)!.Value;
        record.JobTitle = JobTitle!.Trim();
        record.ManagerId = ManagerId;
        record.StartDate = StartDate!.Value;
        record.EndDate = EndDate;
        record.RegistrationNumber = string.IsNullOrWhiteSpace(RegistrationNumber) ? null : RegistrationNumber.Trim().ToUpperInvariant();
        record.Fte = Fte!.Value;
        record.Employment = ParseEmployment(Employment)!.Value;
    }

    /// <summary>Sign-in names are compared without case, as identity providers do.</summary>
    public static string NormalisedSignInName(string? name) => (name ?? "").Trim().ToLowerInvariant();

    /// <summary>A role by its name or its display name, in any case and spacing ("Team manager", "TeamManager").</summary>
    public static StaffRole? ParseRole(string? text)
    {
        var key = Key(text);
        return Enum.GetValues<StaffRole>().Cast<StaffRole?>()
            .FirstOrDefault(r => Key(r.ToString()) == key || Key(StaffRoles.DisplayName(r!.Value)) == key);
    }

    public static Employment? ParseEmployment(string? text)
    {
        var key = Key(text);
        return Enum.GetValues<Employment>().Cast<Employment?>().FirstOrDefault(e => Key(e.ToString()) == key);
    }

    public static string FteText(decimal fte) => fte.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Key(string? text) => new((text ?? "").Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

    private static bool Required(List<FieldError> errors, string field, string? value, string label, string missing, int length)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, missing));
            return false;
        }

        if (value.Trim().Length > length)
        {
            errors.Add(new(field, $"{label} must be {length} characters or fewer"));
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex SignInNamePattern();

    [GeneratedRegex("^SW[0-9]{1,7}$", RegexOptions.IgnoreCase)]
    private static partial Regex RegistrationPattern();
}
