using System.Text.RegularExpressions;

namespace Consortium.Practice.Census.Validation;

/// <summary>
/// The Department's Children in Need census validation rules (2024-25 and 2025-26), all 109 of its list, each run
/// over the whole file. The codes and messages are the Department's (docs: shared/domain/cin-census.md).
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
        Episodes("8600", "Child referral date missing or after data collection period",
            (f, _, e) => e.ReferralDate is not { } r || r > f.Header.PeriodEnd),
        Episodes("8620", "CIN Closure Date present and does not fall within the Census year",
            (f, _, e) => e.ClosureDate is { } d && !f.Header.InPeriod(d)),
        Episodes("8696", "Assessment end date must fall within the census year",
            (f, _, e) => e.Assessments.Any(a => a.AuthorisationDate is { } d && !f.Header.InPeriod(d))),
        Episodes("8715", "Date of Initial Child Protection Conference must fall within the census year",
            (f, _, e) => OutOfPeriod(f, e.DateOfInitialCpc) || e.Section47s.Any(s => OutOfPeriod(f, s.DateOfInitialCpc))),
        Episodes("8930", "Child Protection Plan End Date must fall within the census year",
            (f, _, e) => e.ProtectionPlans.Any(p => OutOfPeriod(f, p.EndDate))),
        Episodes("4013", "CIN Plan end date must fall within the census year",
            (f, _, e) => e.CinPlans.Any(p => OutOfPeriod(f, p.EndDate))),
        Child("8750", "Sex must equal U for an unborn child",
            (_, c) => c.BirthDate is null && c.ExpectedBirthDate is not null && c.Sex != "U"),
        Child("8535Q", "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth",
            (_, c) => c.DeathDate < c.BirthDate),
        Child("8545Q", "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
            (f, c) => OutOfPeriod(f, c.DeathDate)),
        Episodes("8555Q", "Child cannot be referred after its recorded date of death",
            (_, c, e) => e.ReferralDate > c.DeathDate),
        Episodes("4008", "CIN Plan shown as starting after the child’s Date of Death.",
            (_, c, e) => e.CinPlans.Any(p => p.StartDate > c.DeathDate)),
        Episodes("4009Q", "CIN Plan cannot end after the child’s Date of Death",
            (_, c, e) => e.CinPlans.Any(p => p.EndDate > c.DeathDate)),
        Episodes("8915", "Child Protection Plan shown as starting after the child’s Date of Death",
            (_, c, e) => e.ProtectionPlans.Any(p => p.StartDate > c.DeathDate)),
        Episodes("8920", "Child Protection Plan cannot end after the child’s Date of Death",
            (_, c, e) => e.ProtectionPlans.Any(p => p.EndDate > c.DeathDate)),
        Episodes("8568", "RNFA flag is missing or invalid", (_, _, e) => e.ReferralNfa is null),
        Episodes("8610", "Primary Need code is missing for a referral which led to further action.",
            (_, _, e) => e.ReferralNfa == false && string.IsNullOrEmpty(e.PrimaryNeed)),
        Episodes("8730", "Total Number of previous Child Protection Plans missing",
            (_, _, e) => e.ProtectionPlans.Any(p => p.NumberOfPreviousPlans is null)),
        Episodes("8841", "The review date cannot be on the same day or before the Child protection Plan start date.",
            (_, _, e) => e.ProtectionPlans.Any(p => p.ReviewDates.Any(r => r <= p.StartDate))),
        Episodes("8842Q", "Please check and either amend or provide a reason: Review Record has a missing date",
            (_, _, e) => e.ProtectionPlans.Any(p => p.ReviewDates.Any(r => r is null))),
        Episodes("8614", "Parental or child factors at assessment should only be present for a completed assessment.",
            (_, _, e) => e.Assessments.Any(a => a.AuthorisationDate is null && a.Factors.Count > 0)),
        Episodes("8897Q", "Parental or child factors at assessment information is missing from a completed assessment",
            (_, _, e) => e.Assessments.Any(a => a.AuthorisationDate is not null && a.Factors.Count == 0)),
        Episodes("8896", "Within one CINDetails group there are 2 or more open Assessments groups",
            (_, _, e) => e.Assessments.Count(a => a.AuthorisationDate is null) > 1),
        Episodes("8839", "Within one CINDetails group there are 2 or more open S47 Assessments",
            (_, _, e) => e.Section47s.Count(s => s.DateOfInitialCpc is null && s.IcpcNotRequired != true) > 1),
        Episodes("8825Q", "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
            (_, _, e) => e.ReasonForClosure is "RC8" or "RC9" && e.Assessments.Count == 0),
        Episodes("2990", "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
            (_, _, e) => e.ReasonForClosure is "RC8" or "RC9" && (e.CinPlans.Count > 0 || e.Section47s.Count > 0 || e.ProtectionPlans.Count > 0)),
        Episodes("2991Q", "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
            (_, _, e) => e.Section47s.Count > 0 && e.Assessments.Count == 0),
        Episodes("8585Q", "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
            (_, c, e) => e.ReasonForClosure == "RC2" && c.DeathDate is null),
        Child("8772", "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
            (_, c) => c.UpnUnknown == "UN7" && c.Episodes.Any(e => e.ReferralNfa == false)),
        Child("8815", "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
            (_, c) => c.Episodes.Count(e => e.ClosureDate is null && e.ReferralNfa != true) > 1),
        Episodes("8867", "CIN episode is shown as closed, however Assessment is not shown as completed",
            (_, _, e) => e.ClosureDate is not null && e.Assessments.Any(a => a.AuthorisationDate is null)),
        Episodes("8868", "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
            (_, _, e) => e.ClosureDate is not null && e.Section47s.Any(s => s.DateOfInitialCpc is null && s.IcpcNotRequired != true)),
        Child("8940", "Child Protection Plan data contains overlapping dates",
            (_, c) => Overlap([.. c.Episodes.SelectMany(e => e.ProtectionPlans).Select(p => (p.StartDate, p.EndDate))])),
        Child("4014", "CIN Plan data contains overlapping dates",
            (_, c) => Overlap([.. c.Episodes.SelectMany(e => e.CinPlans).Select(p => (p.StartDate, p.EndDate))])),
        Child("8820", "The dates on the CIN episodes for this child overlap",
            (_, c) => Overlap([.. c.Episodes.Select(e => (e.ReferralDate, e.ClosureDate))])),
        Child("4001", "A CIN Plan cannot run concurrently with a Child Protection Plan",
            (_, c) => c.Episodes.SelectMany(e => e.CinPlans).Any(cin => c.Episodes.SelectMany(e => e.ProtectionPlans)
                .Any(cpp => Overlaps((cin.StartDate, cin.EndDate), (cpp.StartDate, cpp.EndDate))))),
        Child("4003", "A CPP review date is shown as being held at the same time as an open CIN Plan.",
            (_, c) => c.Episodes.SelectMany(e => e.ProtectionPlans).SelectMany(p => p.ReviewDates).Any(r => c.Episodes.SelectMany(e => e.CinPlans)
                .Any(cin => r >= cin.StartDate && r <= (cin.EndDate ?? DateOnly.MaxValue)))),
        Episodes("8606", "Child referral date is more than 40 weeks before DOB or expected DOB",
            (_, c, e) => e.ReferralDate < (c.BirthDate ?? c.ExpectedBirthDate)?.AddDays(-280)),
        Child("4180", "Sex must be provided and equal M, F, or U", (_, c) => c.Sex is not ("M" or "F" or "U")),
        Child("4220", "Ethnicity is missing or invalid (see Ethnicity table)", (_, c) => !Ethnicity.List.TryParse(c.Ethnicity, out var _)),
        Child("8500", "LA Child ID missing", (_, c) => string.IsNullOrWhiteSpace(c.LaChildId)),
        Child("8510", "More than one child record with the same LA Child ID",
            (f, c) => !string.IsNullOrEmpty(c.LaChildId) && f.Children.Count(o => o.LaChildId == c.LaChildId) > 1),
        Child("8520", "Date of Birth is after data collection period (must be on or before the end of the census period)",
            (f, c) => c.BirthDate > f.Header.PeriodEnd),
        Child("8525Q", "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
            (_, c) => (c.BirthDate is null) == (c.ExpectedBirthDate is null)),
        Child("8530Q", "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
            (f, c) => c.ExpectedBirthDate is { } expected && (expected < new DateOnly(f.Header.Year, 3, 1) || expected > new DateOnly(f.Header.Year, 12, 31))),
        Child("8775Q", "Please check and either amend data or provide a reason: Child is over 25 years old",
            (f, c) => c.BirthDate is { } born && c.Episodes.Any(e => (e.ClosureDate ?? f.Header.ReferenceDate) >= born.AddYears(25))),
        Child("8816", "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
            (_, c) => c.Episodes.Any(e => e.ClosureDate is null && e.ReferralNfa != true && c.Episodes.Any(o => o.ReferralDate > e.ReferralDate))),
        Child("8863Q", "An Assessment is shown as starting when there is another Assessment ongoing.",
            (_, c) => c.Episodes.SelectMany(e => e.Assessments).ToList() is var all && all.Any(a => all.Any(o => !ReferenceEquals(o, a)
                && o.StartDate < a.StartDate && (o.AuthorisationDate is null || o.AuthorisationDate > a.StartDate)))),
        Episodes("4010", "CIN Plan start date is missing or out of data collection period",
            (f, _, e) => e.CinPlans.Any(p => p.StartDate is not { } start || start > f.Header.PeriodEnd)),
        Episodes("4015", "The CIN Plan start date cannot be before the referral date",
            (_, _, e) => e.CinPlans.Any(p => p.StartDate < e.ReferralDate)),
        Episodes("4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
            (_, c, e) => e.CinPlans.Any(cin => c.Episodes.SelectMany(o => o.ProtectionPlans)
                .Any(cpp => cin.StartDate >= cpp.StartDate && cin.StartDate < (cpp.EndDate ?? DateOnly.MaxValue)))),
        Episodes("4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
            (_, c, e) => e.CinPlans.Any(cin => c.Episodes.SelectMany(o => o.ProtectionPlans)
                .Any(cpp => cpp.StartDate > cin.StartDate && cpp.StartDate < (cin.EndDate ?? DateOnly.MaxValue)))),
        Episodes("8720", "Child Protection Plan Start Date missing or out of data collection period",
            (f, _, e) => e.ProtectionPlans.Any(p => p.StartDate is not { } start || start > f.Header.PeriodEnd)),
        Episodes("8615", "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
            (_, _, e) => e.Section47s.Any(s => s.StartDate is null || s.StartDate > s.DateOfInitialCpc)),
        Episodes("8736", "For an Assessment that has not been completed, the start date must fall within the census year",
            (f, _, e) => e.Assessments.Any(a => a.AuthorisationDate is null && (a.StartDate is not { } start || !f.Header.InPeriod(start)))),
        Episodes("8740", "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
            (f, _, e) => e.Section47s.Any(s => s.DateOfInitialCpc is null && s.IcpcNotRequired != true && (s.StartDate is not { } start || !f.Header.InPeriod(start)))),
        Episodes("8565", "Activity shown after a case has been closed",
            (_, _, e) => e.ClosureDate is { } closed && Activity(e).Any(d => d > closed)),
        Episodes("2883", "There are more child protection plans starting than initial conferences taking place",
            (f, _, e) => e.ProtectionPlans.Count(p => p.StartDate is { } start && f.Header.InPeriod(start))
                > Conferences(e).Count(f.Header.InPeriod)),
        Episodes("2885", "Child protection plan shown as starting a different day to the initial child protection conference.",
            (f, _, e) => Conferences(e).ToList() is { Count: > 0 } conferences
                && e.ProtectionPlans.Any(p => p.StartDate is { } start && f.Header.InPeriod(start) && !conferences.Contains(start))),
        Child("1510", "UPN invalid (wrong check letter at character 1)", (_, c) => c.Upn is { } upn && !Upn.HasRightCheckLetter(upn)),
        Child("1520", "More than one record with the same UPN.",
            (f, c) => !string.IsNullOrEmpty(c.Upn) && f.Children.Count(o => o.Upn == c.Upn) > 1),
        Child("1530", "UPN invalid (characters 2-4 not a recognised LA code)", (_, c) => c.Upn is { } upn && !Upn.HasKnownLaCode(upn)),
        Child("1540", "UPN invalid (characters 5-12 not all numeric)", (_, c) => c.Upn is { } upn && !Upn.HasNumericBody(upn)),
        Child("1550", "UPN invalid (character 13 not a recognised value)", (_, c) => c.Upn is { } upn && !Upn.HasKnownLastCharacter(upn)),
        Child("1560Q", "Please check and either amend or provide a reason: Former UPN wrongly formatted", (_, c) => c.FormerUpn is { } former && !Upn.HasUpnForm(former)),
        Child("8770Q", "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
            (f, c) => string.IsNullOrEmpty(c.Upn) && c.UpnUnknown is null or "UN1"
                && c.BirthDate <= f.Header.ReferenceDate.AddYears(-6) && c.Episodes.Any(e => e.ReferralNfa == false)),
        new("2886Q", "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
            PerFile: f => f.Children.Count > 0 && f.Children.Count(c => c.Sex is null or "U" && c.ExpectedBirthDate is null) * 50 > f.Children.Count),
        new("2887Q", "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
            PerFile: f => f.Children.SelectMany(c => c.Disabilities).Where(d => d != "NONE").Distinct(StringComparer.Ordinal).Count() < 8),
        new("2888Q", "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
            PerFile: f => f.Children.Select(c => c.Disabilities.Count(d => d != "NONE")).Where(n => n > 0).ToList() is { Count: > 0 } disabled && disabled.Max() == 1),
        Episodes("8569Q", "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
            (f, _, e) => e.ReferralNfa == true && e.ReferralDate is { } referred && CensusWorkingDays.MoreThanBefore(referred, f.Header.PeriodStart, 1)),
        Episodes("8670Q", "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
            (f, _, e) => e.Assessments.Any(a => a.AuthorisationDate is null && a.StartDate is { } start && CensusWorkingDays.MoreThanBefore(start, f.Header.ReferenceDate, 45))),
        Episodes("8675Q", "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
            (f, _, e) => e.Section47s.Any(s => s.DateOfInitialCpc is null && s.IcpcNotRequired != true && s.StartDate is { } start && CensusWorkingDays.MoreThanBefore(start, f.Header.ReferenceDate, 15))),
        Episodes("8873Q", "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
            (_, _, e) => e.Assessments is [{ } only] && only.Factors.Contains("21") && e.ReasonForClosure is not ("RC8" or "RC9")),
        Episodes("8890", "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
            (f, _, e) => e.Section47s.Any(s => s.StartDate is { } start && e.Section47s.Any(o => !ReferenceEquals(o, s) && o.StartDate <= start
                && (o.DateOfInitialCpc is { } held ? start <= held : o.IcpcNotRequired != true && start <= f.Header.ReferenceDate)))),
    ];

    /// <summary>Every failure of every rule over the file.</summary>
    public static IReadOnlyList<CensusFailure> Validate(CensusFile file) => [.. All.SelectMany(r => r.Check(file))];

    private static bool OutOfPeriod(CensusFile file, DateOnly? day) => day is { } d && !file.Header.InPeriod(d);

    /// <summary>Two spans share a day beyond a boundary (an open end runs on); one ending the day the other starts does not overlap it.</summary>
    private static bool Overlaps((DateOnly? Start, DateOnly? End) a, (DateOnly? Start, DateOnly? End) b) =>
        a.Start is { } aStart && b.Start is { } bStart && aStart < (b.End ?? DateOnly.MaxValue) && bStart < (a.End ?? DateOnly.MaxValue);

    private static bool Overlap(IReadOnlyList<(DateOnly? Start, DateOnly? End)> spans) =>
        spans.SelectMany((a, i) => spans.Skip(i + 1).Select(b => (a, b))).Any(p => Overlaps(p.a, p.b));

    /// <summary>The initial conferences an episode records, at its own level or on its section 47 enquiries.</summary>
    private static IEnumerable<DateOnly> Conferences(CensusEpisode e) =>
        new[] { e.DateOfInitialCpc }.Concat(e.Section47s.Select(s => s.DateOfInitialCpc)).OfType<DateOnly>();

    /// <summary>The dates of activity on an episode that rule 8565 compares with its closure.</summary>
    private static IEnumerable<DateOnly> Activity(CensusEpisode e) =>
        new[] { e.DateOfInitialCpc }
            .Concat(e.Assessments.SelectMany(a => new[] { a.StartDate, a.AuthorisationDate }))
            .Concat(e.Section47s.SelectMany(s => new[] { s.StartDate, s.DateOfInitialCpc }))
            .Concat(e.ProtectionPlans.Select(p => p.EndDate))
            .Concat(e.CinPlans.SelectMany(p => new[] { p.StartDate, p.EndDate }))
            .OfType<DateOnly>();

    private static bool IsWeekend(DateOnly? day) => day?.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static CensusRule Child(string code, string message, Func<CensusFile, CensusChild, bool> fails) =>
        new(code, message, PerChild: (f, c) => fails(f, c) ? [null] : []);

    private static CensusRule Episodes(string code, string message, Func<CensusFile, CensusChild, CensusEpisode, bool> fails) =>
        new(code, message, PerChild: (f, c) => c.Episodes.Select((e, i) => fails(f, c, e) ? (int?)i : null).Where(i => i is not null));

    [GeneratedRegex("^[A-Za-z0-9]*$")]
    private static partial Regex Alphanumeric();
}
