using System.Globalization;

namespace Consortium.Scrutiny;

/// <summary>
/// The rules that turn a section's figures into red, amber or green. The defaults are the consortium's; each rule is
/// stated in words in the report beside its judgement, so the committee reads what it was judged by. Shares are compared
/// exactly (as whole-number cross-products), so a share on a threshold counts as meeting it.
/// </summary>
public sealed record RagRules(
    int PolicyGreenWithinMonths = 12,
    int PolicyAmberWithinMonths = 24,
    int AuditGoodGreenPercent = 60,
    int AuditGoodAmberPercent = 40,
    int TrainingGreenPercent = 90,
    int TrainingAmberPercent = 75,
    int FamilyAskedGreenPercent = 50,
    int FamilyAskedAmberPercent = 25,
    int OutcomesGreenImproved = 1)
{
    public static RagRules Default { get; } = new();

    public const string PolicyIntention = "Policy and procedure alignment";
    public const string QualityIntention = "Quality assurance";
    public const string WorkforceIntention = "Workforce and training";
    public const string OutcomesIntention = "Outcomes for children";
    public const string VoiceIntention = "Families' and children's voice";

    /// <param name="lastChange">The latest change (a version after the first) to the practice policy, audit framework or training policy on or before the period's end.</param>
    public Judgement Policy(DateOnly periodEnd, DateOnly? lastChange)
    {
        var rule = $"Green when the practice policy, audit framework or training policy was last changed within {PolicyGreenWithinMonths} months of the period's end; " +
                   $"amber within {PolicyAmberWithinMonths} months; red when longer or never. A first version (the product's defaults) is not a change.";
        if (lastChange is not { } last)
        {
            return new(PolicyIntention, Rating.Red, "The practice policy, audit framework and training policy have not been changed from the product's defaults.", rule);
        }

        var reason = $"The latest change was published on {Day(last)}.";
        var rating = last >= periodEnd.AddMonths(-PolicyGreenWithinMonths) ? Rating.Green
            : last >= periodEnd.AddMonths(-PolicyAmberWithinMonths) ? Rating.Amber
            : Rating.Red;
        return new(PolicyIntention, rating, reason, rule);
    }

    public Judgement Quality(int completed, int goodOrBetter)
    {
        var rule = $"Green when at least {AuditGoodGreenPercent}% of the case-file audits completed in the period were graded good or better; " +
                   $"amber from {AuditGoodAmberPercent}%; red below, or when no audit was completed.";
        if (completed == 0)
        {
            return new(QualityIntention, Rating.Red, "No case-file audit was completed in the period, so the practice had no assurance from audits.", rule);
        }

        var rating = Band(goodOrBetter, completed, AuditGoodGreenPercent, AuditGoodAmberPercent);
        return new(QualityIntention, rating, $"{goodOrBetter} of {completed} audits completed ({Percent(goodOrBetter, completed)}) were graded good or better.", rule);
    }

    /// <param name="required">Levels of training current staff need (person by level).</param>
    /// <param name="compliant">Of those, the levels they hold and that are current.</param>
    public Judgement Workforce(int required, int compliant)
    {
        var rule = $"Green when staff hold at least {TrainingGreenPercent}% of the levels of training their roles need; " +
                   $"amber from {TrainingAmberPercent}%; red below.";
        if (required == 0)
        {
            return new(WorkforceIntention, Rating.NotJudged, "No member of staff in post needs a level of training under the training policy.", rule);
        }

        var rating = Band(compliant, required, TrainingGreenPercent, TrainingAmberPercent);
        return new(WorkforceIntention, rating, $"Staff hold {compliant} of the {required} levels their roles need ({Percent(compliant, required)}).", rule);
    }

    /// <param name="better">Indicators that clearly improved (the interval for the change excludes no change).</param>
    /// <param name="worse">Indicators that clearly worsened.</param>
    /// <param name="compared">Indicators with enough values on both sides to compare.</param>
    public Judgement Outcomes(IReadOnlyCollection<string> better, IReadOnlyCollection<string> worse, int compared)
    {
        ArgumentNullException.ThrowIfNull(better);
        ArgumentNullException.ThrowIfNull(worse);
        var rule = "Comparing each outcome indicator's values over this period with the period before: red when any clearly worsened " +
                   $"(its 95% interval for the change lies wholly on the worse side); green when none clearly worsened and at least {OutcomesGreenImproved} " +
                   "clearly improved; amber otherwise.";
        if (compared == 0)
        {
            return new(OutcomesIntention, Rating.NotJudged, "No outcome indicator has enough values in both periods to compare.", rule);
        }

        if (worse.Count > 0)
        {
            return new(OutcomesIntention, Rating.Red, $"Clearly worse: {string.Join("; ", worse)}.", rule);
        }

        return better.Count >= OutcomesGreenImproved
            ? new(OutcomesIntention, Rating.Green, $"Clearly better: {string.Join("; ", better)}; none clearly worse.", rule)
            : new(OutcomesIntention, Rating.Amber, better.Count == 0
                ? $"No clear change in any of the {compared} indicators compared."
                : $"Clearly better: {string.Join("; ", better)}; fewer than the {OutcomesGreenImproved} needed for green.", rule);
    }

    public Judgement Voice(int audits, int familyAsked)
    {
        var rule = $"Green when the family was asked for its views in at least {FamilyAskedGreenPercent}% of the case-file audits completed in the period; " +
                   $"amber from {FamilyAskedAmberPercent}%; red below.";
        if (audits == 0)
        {
            return new(VoiceIntention, Rating.NotJudged, "No case-file audit was completed in the period, so no family was asked through one.", rule);
        }

        var rating = Band(familyAsked, audits, FamilyAskedGreenPercent, FamilyAskedAmberPercent);
        return new(VoiceIntention, rating, $"The family was asked in {familyAsked} of {audits} audits ({Percent(familyAsked, audits)}).", rule);
    }

    private static Rating Band(long part, long whole, int green, int amber) =>
        part * 100 >= (long)green * whole ? Rating.Green
        : part * 100 >= (long)amber * whole ? Rating.Amber
        : Rating.Red;

    internal static string Percent(long part, long whole) =>
        (100m * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
