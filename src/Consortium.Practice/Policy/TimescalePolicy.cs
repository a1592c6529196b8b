namespace Consortium.Practice.Policy;

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
