using System.Text.RegularExpressions;

namespace Consortium.Practice.Census.Validation;

/// <summary>
/// The Department's Children in Need census validation rules (2024-25 and 2025-26) that this product implements so
/// far, each run over the whole file. The codes and messages are the Department's (docs: shared/domain/cin-census.md).
/// </summary>
public static partial class CensusRules
{
    private static readonly string[] ReferralSources =
        ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"];

    private static readonly string[] Categories = ["NEG", "PHY", "SAB", "EMO", "MUL"];

    private static readonly string[] Disabilities = ["NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"];

    public static IReadOnlyList<CensusRule> All { get; } =
    [
        new("100", "Reference Date is incorrect", PerFile: f => f.Header.ReferenceDate != new DateOnly(f.Header.Year, 3, 31)),
        Episodes("1103", "The assessment start date cannot be before the referral date",
            (_, _, e) => e.Assessments.Any(a => a.StartDate < e.ReferralDate)),
        Episodes("1104", "The date of the initial child protection conference cannot be before the referral date",
            (_, _, e) => e.DateOfInitialCpc < e.ReferralDate || e.Section47s.Any(s => s.DateOfInitialCpc < e.ReferralDate)),
        Episodes("1105", "The child protection plan start date cannot be before the referral date",
            (_, _, e) => e.ProtectionPlans.Any(p => p.StartDate < e.ReferralDate)),
        Child("1570", "LA Child ID must not be longer than 20 characters", (_, c) => c.LaChildId.Length > 20),
        Child("1580", "LA Child ID must not contain any non-alphanumeric characters", (_, c) => !Alphanumeric().IsMatch(c.LaChildId)),
        Episodes("2884", "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
            (_, _, e) => e.DateOfInitialCpc is { } d && e.Section47s.Any(s => s.DateOfInitialCpc == d)),
        Episodes("2889", "The S47 start date cannot be before the referral date.",
            (_, _, e) => e.Section47s.Any(s => s.StartDate < e.ReferralDate)),
        Episodes("4000", "CIN Plan details provided for a referral with no further action",
            (_, _, e) => e.ReferralNfa == true && e.CinPlans.Count > 0),
        Child("4004", "This child is showing more than one open CIN Plan, i.e. with no End Date",
            (_, c) => c.Episodes.SelectMany(e => e.CinPlans).Count(p => p.EndDate is null) > 1),
        Episodes("4011", "CIN Plan End Date earlier than Start Date",
            (_, _, e) => e.CinPlans.Any(p => p.EndDate < p.StartDate)),
        Episodes("4012Q", "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
            (_, _, e) => e.CinPlans.Any(p => p.StartDate is not null && p.EndDate == p.StartDate)),
        Child("8590", "Child does not have a recorded CIN episode.", (_, c) => c.Episodes.Count == 0),
        Episodes("8608", "Assessment Start Date cannot be later than its End Date",
            (_, _, e) => e.Assessments.Any(a => a.StartDate > a.AuthorisationDate)),
        Episodes("8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode",
            (_, _, e) => e.ClosureDate < e.ReferralDate),
        Episodes("8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)",
            (_, _, e) => e.ReasonForClosure is { } r && !ClosureReason.List.TryParse(r, out _)),
        Episodes("8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)",
            (_, _, e) => e.PrimaryNeed is { } n && !PrimaryNeed.List.TryParse(n, out _)),
        Child("8790", "Disability information includes both None and other values",
            (_, c) => c.Disabilities.Contains("NONE") && c.Disabilities.Any(d => d != "NONE")),
        Child("8794", "Child has two or more disabilities with the same code",
            (_, c) => c.Disabilities.Distinct(StringComparer.Ordinal).Count() != c.Disabilities.Count),
        Episodes("8805", "A CIN case cannot have a CIN closure date without a Reason for Closure",
            (_, _, e) => e.ClosureDate is not null && string.IsNullOrEmpty(e.ReasonForClosure)),
        Episodes("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
            (_, _, e) => !string.IsNullOrEmpty(e.ReasonForClosure) && e.ClosureDate is null),
        Episodes("8831", "Activity is recorded against a case marked as a referral with no further action",
            (_, _, e) => e.ReferralNfa == true && (e.Assessments.Count > 0 || e.Section47s.Count > 0 || e.DateOfInitialCpc is not null)),
        Episodes("8832", "Child Protection details provided for a referral with no further action.",
            (_, _, e) => e.ReferralNfa == true && e.ProtectionPlans.Count > 0),
        Episodes("8840", "Child Protection Plan cannot start and end on the same day",
            (_, _, e) => e.ProtectionPlans.Any(p => p.StartDate is not null && p.EndDate == p.StartDate)),
        Episodes("8866", "Source of Referral is missing or an invalid code",
            (_, _, e) => e.ReferralDate is not null && !ReferralSources.Contains(e.ReferralSource)),
        Episodes("8869", "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
            (_, _, e) => e.Assessments.Any(a => a.Factors.Contains("21") && a.Factors.Count > 1)),
        Episodes("8875", "The Date of Initial Child Protection Conference cannot be a weekend",
            (_, _, e) => IsWeekend(e.DateOfInitialCpc) || e.Section47s.Any(s => IsWeekend(s.DateOfInitialCpc))),
        Episodes("8870Q", "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
            (_, _, e) => e.Section47s.Any(s => IsWeekend(s.InitialCpcTarget))),
        Episodes("8898", "The assessment has more than one parental or child factors with the same code",
            (_, _, e) => e.Assessments.Any(a => a.Factors.Distinct(StringComparer.Ordinal).Count() != a.Factors.Count)),
        Episodes("8905", "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
            (_, _, e) => e.ProtectionPlans.Any(p => !Categories.Contains(p.InitialCategory))),
        Episodes("8910", "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
            (_, _, e) => e.ProtectionPlans.Any(p => !Categories.Contains(p.LatestCategory))),
        Episodes("8925", "Child Protection Plan End Date earlier than Start Date",
            (_, _, e) => e.ProtectionPlans.Any(p => p.EndDate < p.StartDate)),
        Child("8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date",
            (_, c) => c.Episodes.SelectMany(e => e.ProtectionPlans).Count(p => p.EndDate is null) > 1),
        Episodes("8945Q", "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
            (_, _, e) => e.Assessments.Any(a => a.Factors.Contains("18A"))),
        Episodes("8950Q", "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
            (_, _, e) => e.Assessments.Any(a => a.Factors.Contains("19A"))),
        Child("8540", "Child’s disability is missing or invalid (see Disability table)",
            (_, c) => c.Disabilities.Any(d => !Disabilities.Contains(d))
                || (c.Disabilities.Count == 0 && c.BirthDate is not null && c.Episodes.Any(e => e.ReferralNfa != true))),
    ];

    /// <summary>Every failure of every rule over the file.</summary>
    public static IReadOnlyList<CensusFailure> Validate(CensusFile file) => [.. All.SelectMany(r => r.Check(file))];

    private static bool IsWeekend(DateOnly? day) => day?.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static CensusRule Child(string code, string message, Func<CensusFile, CensusChild, bool> fails) =>
        new(code, message, PerChild: (f, c) => fails(f, c) ? [null] : []);

    private static CensusRule Episodes(string code, string message, Func<CensusFile, CensusChild, CensusEpisode, bool> fails) =>
        new(code, message, PerChild: (f, c) => c.Episodes.Select((e, i) => fails(f, c, e) ? (int?)i : null).Where(i => i is not null));

    [GeneratedRegex("^[A-Za-z0-9]*$")]
    private static partial Regex Alphanumeric();
}
