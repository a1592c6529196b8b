namespace Consortium.Practice.Policy;

/// <summary>
/// One authority's practice policy: its timescales, terminology, scale wording, disclosure threshold and
/// retention. Defaults are the statutory values (Working Together); each authority changes its own.
/// </summary>
public sealed class PracticePolicy
{
    public TimescalePolicy Timescales { get; set; } = new();
    public TerminologyPolicy Terminology { get; set; } = new();
    public SafetyScalePolicy SafetyScale { get; set; } = new();
    public DisclosurePolicy Disclosure { get; set; } = new();
    public SessionPolicy Session { get; set; } = new();
    public DocumentPolicy Documents { get; set; } = new();
    public Dictionary<RecordType, RetentionRule> Retention { get; set; } = RetentionRule.Defaults();
}

public sealed class TimescalePolicy
{
    /// <summary>Single assessment completed within this many working days of the referral.</summary>
    public int AssessmentWorkingDays { get; set; } = 45;

    /// <summary>Initial child protection conference within this many working days of the strategy discussion.</summary>
    public int InitialConferenceWorkingDays { get; set; } = 15;

    /// <summary>First core group within this many working days of the initial conference.</summary>
    public int CoreGroupWorkingDays { get; set; } = 10;

    /// <summary>First review conference within this many months of the initial conference.</summary>
    public int FirstReviewMonths { get; set; } = 3;

    /// <summary>Later review conferences at most this many months apart.</summary>
    public int SubsequentReviewMonths { get; set; } = 6;

    /// <summary>A child on a plan is visited at least every this many working days.</summary>
    public int VisitFrequencyWorkingDays { get; set; } = 10;

    /// <summary>A map counts as current when it was updated within this many days.</summary>
    public int MapReviewIntervalDays { get; set; } = 90;
}

public sealed class TerminologyPolicy
{
    /// <summary>The authority's own name for the practice model (Leicestershire: "Growing Safety").</summary>
    public string ModelName { get; set; } = "Signs of Safety";
    public string DangerStatement { get; set; } = "Danger statement";
    public string SafetyGoal { get; set; } = "Safety goal";
    public string WorryStatement { get; set; } = "Worry statement";
    public string WellbeingGoal { get; set; } = "Wellbeing goal";
}

public sealed class SafetyScalePolicy
{
    public string ZeroAnchor { get; set; } = "Things are so bad the child cannot live at home";
    public string TenAnchor { get; set; } = "Everyone knows the child is safe enough for the case to close";
}

public sealed class DisclosurePolicy
{
    /// <summary>Shared counts from 1 to this value are suppressed. Never below 5, the Department's rule.</summary>
    public int SuppressionThreshold { get; set; } = 5;
}

public sealed class SessionPolicy
{
    /// <summary>A signed-in member of staff is signed out after this many minutes without a request.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;
}

public sealed class DocumentPolicy
{
    /// <summary>The largest file staff may upload, in megabytes.</summary>
    public int MaxUploadMegabytes { get; set; } = 20;
}

public enum RecordType
{
    EarlyHelp,
    ChildInNeed,
    ChildProtection,
    LookedAfter,
    Adoption,
}

public enum RetentionBasis
{
    /// <summary>Kept until this many years after the case closed.</summary>
    YearsAfterClosure,

    /// <summary>Kept until the child's birthday at this age.</summary>
    UntilAge,
}

public sealed class RetentionRule
{
    public RetentionBasis Basis { get; set; }
    public int Years { get; set; }

    public static Dictionary<RecordType, RetentionRule> Defaults() => new()
    {
        [RecordType.EarlyHelp] = new() { Basis = RetentionBasis.UntilAge, Years = 25 },
        [RecordType.ChildInNeed] = new() { Basis = RetentionBasis.UntilAge, Years = 25 },
        [RecordType.ChildProtection] = new() { Basis = RetentionBasis.YearsAfterClosure, Years = 35 },
        [RecordType.LookedAfter] = new() { Basis = RetentionBasis.UntilAge, Years = 75 },
        [RecordType.Adoption] = new() { Basis = RetentionBasis.YearsAfterClosure, Years = 100 },
    };
}
