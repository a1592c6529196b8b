using System.Collections.Frozen;

namespace Consortium.Contracts.Catalogue;

/// <summary>
/// The indicators computed from casework data. The version goes out with every snapshot, so the hub keeps values of
/// different definitions apart. Raise <see cref="Version"/> when a definition changes its meaning, and mark new
/// indicators with the version that introduced them. Version 2 added the quality assurance group (case-file audits:
/// QA_AUDIT_GOOD and the grade distribution), shared with the hub by reporting year only. Version 3 added the families'
/// and children's voice (SOS_GOALS and SOS_CHILD_VIEW). Version 4 added the workforce group (WF_TRAINED, WF_LEADERS,
/// WF_TURNOVER, WF_AGENCY), headcounts on the Department's workforce census year, shared by reporting year only: the
/// reporting year (Y-1)-Y carries census year Y (1 October Y-1 to 30 September Y), the one the Department publishes
/// under the same year Y as the children in need year to 31 March Y.
/// </summary>
public static class IndicatorCatalogue
{
    public const int Version = 4;

    private const string Referrals = "referrals starting in the period";
    private const string OpenCases = "cases open at the end of the period";
    private const string OpenPlans = "child protection plans open at the end of the period";
    private const string AuditsCompleted = "case-file audits completed in the period";
    private const string GoalsAtClosure = "family goals rated at closure in the period";
    private const string SocialWorkersInPost = "employed social workers in post at 30 September of the census year";
    private const string StaffNeedingTraining = "staff in post at 30 September of the census year whose role requires training in the practice model";
    private const string ChildrenAsked = "direct work in the period at which the child was asked whether the plan makes them safe";

    /// <summary>
    /// The consortium's common grade scale for case-file audits (Ofsted's: 1 Outstanding, 2 Good, 3 Requires improvement
    /// to be good, 4 Inadequate), the one the default framework ships with; grades up to <see cref="AuditGoodOrBetterUpTo"/>
    /// are good or better. Each grade's indicator, in grade order.
    /// </summary>
    public static IReadOnlyList<IndicatorCode> AuditGrades { get; } =
        [IndicatorCode.QA_AUDIT_GRADE1, IndicatorCode.QA_AUDIT_GRADE2, IndicatorCode.QA_AUDIT_GRADE3, IndicatorCode.QA_AUDIT_GRADE4];

    /// <summary>Grades 1 to this are "good or better" on the consortium's scale.</summary>
    public const int AuditGoodOrBetterUpTo = 2;

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(IndicatorCode.REF, IndicatorGroup.ChildrenInNeedAndProtection, "Referrals", IndicatorUnit.Count, Polarity.None,
            "Referrals starting in the period, and the rate per 10,000 children aged 0-17.", Referrals, null, AddsUpOverPeriods: true),
        new(IndicatorCode.REREF12, IndicatorGroup.ChildrenInNeedAndProtection, "Re-referrals within 12 months", IndicatorUnit.Percent, Polarity.Low,
            "Referrals made within 12 months of a previous referral of the same child.", "of those, referrals within 12 months of the child's previous referral", Referrals, AddsUpOverPeriods: true),
        new(IndicatorCode.REF_NFA, IndicatorGroup.ChildrenInNeedAndProtection, "Referrals with no further action", IndicatorUnit.Percent, Polarity.None,
            "Referrals closed with no further action (closure reason RC8).", "of those, referrals closed with no further action", Referrals, AddsUpOverPeriods: true),
        new(IndicatorCode.ASMT45, IndicatorGroup.ChildrenInNeedAndProtection, "Assessments completed within 45 working days", IndicatorUnit.Percent, Polarity.High,
            "Working days from referral to assessment authorisation, for assessments authorised in the period.", "of those, authorised within 45 working days of the referral", "single assessments authorised in the period", AddsUpOverPeriods: true),
        new(IndicatorCode.ASMT_MEDIAN, IndicatorGroup.ChildrenInNeedAndProtection, "Assessment duration, median", IndicatorUnit.MedianWorkingDays, Polarity.Low,
            "Median working days from referral to assessment authorisation, with the 25th and 75th percentiles.", null, "single assessments authorised in the period"),
        new(IndicatorCode.S47, IndicatorGroup.ChildrenInNeedAndProtection, "Section 47 enquiries", IndicatorUnit.Count, Polarity.None,
            "Section 47 enquiries starting in the period, and the rate per 10,000 children aged 0-17.", "section 47 enquiries starting in the period", null, AddsUpOverPeriods: true),
        new(IndicatorCode.ICPC15, IndicatorGroup.ChildrenInNeedAndProtection, "Initial conferences within 15 working days", IndicatorUnit.Percent, Polarity.High,
            "Working days from the strategy discussion to the initial child protection conference.", "of those, held within 15 working days of the strategy discussion", "initial conferences held in the period", AddsUpOverPeriods: true),
        new(IndicatorCode.CPP_START, IndicatorGroup.ChildrenInNeedAndProtection, "Child protection plans starting", IndicatorUnit.Count, Polarity.None,
            "Child protection plans starting in the period, and the rate per 10,000 children aged 0-17.", "plans starting in the period", null, AddsUpOverPeriods: true),
        new(IndicatorCode.CPP_OPEN, IndicatorGroup.ChildrenInNeedAndProtection, "Child protection plans open at period end", IndicatorUnit.Count, Polarity.None,
            "Child protection plans open on the last day of the period, and the rate per 10,000 children aged 0-17.", OpenPlans, null),
        new(IndicatorCode.CPP_REPEAT, IndicatorGroup.ChildrenInNeedAndProtection, "Second or subsequent plans", IndicatorUnit.Percent, Polarity.Low,
            "Plans starting in the period for a child who had any previous plan with this authority.", "of those, second or subsequent plans", "plans starting in the period", AddsUpOverPeriods: true),
        new(IndicatorCode.CPP_2YR, IndicatorGroup.ChildrenInNeedAndProtection, "Plans ending that lasted 2 years or more", IndicatorUnit.Percent, Polarity.Low,
            "Plans ending in the period that had lasted two years or more.", "of those, plans that lasted 2 years or more", "plans ending in the period", AddsUpOverPeriods: true),
        new(IndicatorCode.CPP_REVIEWED, IndicatorGroup.ChildrenInNeedAndProtection, "Plans reviewed within timescale", IndicatorUnit.Percent, Polarity.High,
            "Plans open at period end, at least one review due, with every review conference held by its due date under the authority's policy.", "of those, every review held on time", "plans open at period end with a review due"),
        new(IndicatorCode.CIN_OPEN, IndicatorGroup.ChildrenInNeedAndProtection, "Children in need at period end", IndicatorUnit.Count, Polarity.None,
            "Open episodes of need on the last day of the period, and the rate per 10,000 children aged 0-17.", OpenCases, null),
        new(IndicatorCode.SOS_MAPPED, IndicatorGroup.SignsOfSafetyPractice, "Open cases with a current map", IndicatorUnit.Percent, Polarity.High,
            "Open cases whose latest map is within the authority's review interval at period end.", "of those, cases with a current map", OpenCases),
        new(IndicatorCode.SOS_NETWORK, IndicatorGroup.SignsOfSafetyPractice, "Plans with a safety network of 3 or more who know the danger statements", IndicatorUnit.Percent, Polarity.High,
            "Open child protection plans whose safety network has three or more members who know the danger statements.", "of those, plans with such a network", OpenPlans),
        new(IndicatorCode.SOS_PLAN, IndicatorGroup.SignsOfSafetyPractice, "Plans with an agreed safety plan", IndicatorUnit.Percent, Polarity.High,
            "Open child protection plans whose latest safety plan revision is agreed.", "of those, plans with an agreed safety plan", OpenPlans),
        new(IndicatorCode.SOS_VOICE, IndicatorGroup.SignsOfSafetyPractice, "Children with direct work recorded", IndicatorUnit.Percent, Polarity.High,
            "Open cases with Three Houses, Wizards and Fairies or Safety House direct work recorded.", "of those, cases with such direct work", OpenCases),
        new(IndicatorCode.SOS_WORDS, IndicatorGroup.SignsOfSafetyPractice, "Children with a Words and Pictures explanation", IndicatorUnit.Percent, Polarity.High,
            "Open cases with a Words and Pictures explanation recorded.", "of those, cases with Words and Pictures", OpenCases),
        new(IndicatorCode.SOS_SCALE_MOVE, IndicatorGroup.SignsOfSafetyPractice, "Safety scale movement, median", IndicatorUnit.MedianPoints, Polarity.High,
            "For cases closed in the period, the median movement of the overall safety scale from first to latest rating.", null, "cases closed in the period with two or more overall ratings"),
        new(IndicatorCode.SOS_SCALE_GAP, IndicatorGroup.SignsOfSafetyPractice, "Family and professional rating gap, median", IndicatorUnit.MedianPoints, Polarity.Low,
            "For maps dated in the period rated by both, the median gap between the family's and the professionals' mean overall rating.", null, "maps rated by both family and professionals in the period"),
        new(IndicatorCode.SOS_GOALS, IndicatorGroup.SignsOfSafetyPractice, "Family goals achieved at closure", IndicatorUnit.Percent, Polarity.High,
            "Family goals (in the family's own words, rated 0 to 10 by the family) rated at closure in the period whose rating is at or above the authority's threshold for a goal achieved (a policy setting, 7 by default).",
            "of those, goals rated at or above the authority's threshold", GoalsAtClosure, IntroducedInVersion: 3, AddsUpOverPeriods: true),
        new(IndicatorCode.SOS_CHILD_VIEW, IndicatorGroup.SignsOfSafetyPractice, "Children who say the plan makes them safe", IndicatorUnit.Percent, Polarity.High,
            "Direct work done in the period at which the child was asked \"does the plan make you feel safe?\", counted once per piece of direct work: the share where the child answered yes (partly and no are not yes).",
            "of those, the child said yes", ChildrenAsked, IntroducedInVersion: 3, AddsUpOverPeriods: true),
        new(IndicatorCode.QA_AUDIT_GOOD, IndicatorGroup.Quality, "Case-file audits graded good or better", IndicatorUnit.Percent, Polarity.High,
            "Case-file audits completed in the period whose final grade (the moderator's where moderated) is 1 Outstanding or 2 Good.", "of those, audits graded good or better", AuditsCompleted, IntroducedInVersion: 2, AddsUpOverPeriods: true, SharedForReportingYearsOnly: true),
        Grade(IndicatorCode.QA_AUDIT_GRADE1, "Outstanding", Polarity.High),
        Grade(IndicatorCode.QA_AUDIT_GRADE2, "Good", Polarity.None),
        Grade(IndicatorCode.QA_AUDIT_GRADE3, "Requires improvement to be good", Polarity.None),
        Grade(IndicatorCode.QA_AUDIT_GRADE4, "Inadequate", Polarity.Low),
        new(IndicatorCode.WF_TRAINED, IndicatorGroup.Workforce, "Staff trained to the level their role requires", IndicatorUnit.Percent, Polarity.High,
            "Staff in post at 30 September of the census year whose role requires training in the practice model (the authority's training policy), who then held every level their role requires, each completed by that day and not past its refresher date; those still in their grace period count as not yet trained.",
            "of those, staff holding every level their role requires", StaffNeedingTraining, IntroducedInVersion: 4, SharedForReportingYearsOnly: true),
        new(IndicatorCode.WF_LEADERS, IndicatorGroup.Workforce, "Practice leaders per 100 social workers", IndicatorUnit.Percent, Polarity.High,
            "Employed social workers in post at 30 September of the census year who were then serving on the practice leaders register, per 100 employed social workers in post (headcount).",
            "of those, social workers serving as practice leaders", SocialWorkersInPost, IntroducedInVersion: 4, SharedForReportingYearsOnly: true),
        new(IndicatorCode.WF_TURNOVER, IndicatorGroup.Workforce, "Social worker turnover", IndicatorUnit.Percent, Polarity.Low,
            "The Department's workforce census turnover rate (headcount): employed social workers whose last day fell in the census year (1 October to 30 September) as a percentage of those in post at 30 September.",
            "employed social workers who left in the census year", SocialWorkersInPost, IntroducedInVersion: 4, SharedForReportingYearsOnly: true),
        new(IndicatorCode.WF_AGENCY, IndicatorGroup.Workforce, "Agency social workers", IndicatorUnit.Percent, Polarity.Low,
            "The Department's workforce census agency rate (headcount): agency social workers at 30 September of the census year as a percentage of agency and employed social workers in post.",
            "of those, agency social workers", "agency and employed social workers in post at 30 September of the census year", IntroducedInVersion: 4, SharedForReportingYearsOnly: true),
    ];

    /// <summary>One grade of the distribution: its share of the audits completed in the period.</summary>
    private static IndicatorDefinition Grade(IndicatorCode code, string label, Polarity polarity)
    {
        var grade = (int)code - (int)IndicatorCode.QA_AUDIT_GRADE1 + 1;
        return new(code, IndicatorGroup.Quality, $"Case-file audits graded {grade} {label}", IndicatorUnit.Percent, polarity,
            $"Case-file audits completed in the period whose final grade (the moderator's where moderated) is {grade} {label}.",
            $"of those, audits graded {grade} {label}", AuditsCompleted, IntroducedInVersion: 2, AddsUpOverPeriods: true, SharedForReportingYearsOnly: true);
    }

    private static readonly FrozenDictionary<IndicatorCode, IndicatorDefinition> ByCode = All.ToFrozenDictionary(d => d.Code);

    public static IndicatorDefinition Get(IndicatorCode code) =>
        ByCode.TryGetValue(code, out var definition) ? definition : throw new KeyNotFoundException($"No indicator {code} in the catalogue.");

    public static bool TryGet(IndicatorCode code, out IndicatorDefinition definition) =>
        ByCode.TryGetValue(code, out definition!);
}
