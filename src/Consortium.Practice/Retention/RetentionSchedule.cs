using Consortium.Practice.Census;
using Consortium.Practice.Policy;

namespace Consortium.Practice.Retention;

/// <summary>
/// Applies the authority's retention rules to one child's record. Every episode makes it a child in need record; one that
/// reached a child protection plan a child protection record; one closed because the child was adopted an adoption record;
/// an early help (Signs of Wellbeing) map an early help record. Consortium records no looked-after children, so that rule
/// applies to no record here. The record is kept as long as the longest applicable rule says.
/// </summary>
public static class RetentionSchedule
{
    public static RetentionDecision? For(DateOnly? bornOn, IReadOnlyList<RetentionEpisode> episodes, bool hasEarlyHelpMap, IReadOnlyDictionary<RecordType, RetentionRule> rules)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        ArgumentNullException.ThrowIfNull(rules);
        var decisions = new List<RetentionDecision>();
        foreach (var (type, applying) in Applicable(episodes, hasEarlyHelpMap))
        {
            if (rules.GetValueOrDefault(type) is { } rule)
            {
                decisions.Add(Decide(type, rule, bornOn, applying));
            }
        }

        // Kept while a case is open (no date yet) outranks any date; otherwise the latest date governs.
        return decisions.OrderBy(d => d.KeepUntil is null ? 0 : 1).ThenByDescending(d => d.KeepUntil).FirstOrDefault();
    }

    private static IEnumerable<(RecordType Type, IReadOnlyList<RetentionEpisode> Episodes)> Applicable(IReadOnlyList<RetentionEpisode> episodes, bool hasEarlyHelpMap)
    {
        if (episodes.Count > 0)
        {
            yield return (RecordType.ChildInNeed, episodes);
        }

        if (episodes.Where(e => e.ReachedProtectionPlan).ToList() is { Count: > 0 } protection)
        {
            yield return (RecordType.ChildProtection, protection);
        }

        if (episodes.Where(e => e.ClosureReasonCode == ClosureReason.Adopted.Code).ToList() is { Count: > 0 } adoption)
        {
            yield return (RecordType.Adoption, adoption);
        }

        if (hasEarlyHelpMap)
        {
            yield return (RecordType.EarlyHelp, episodes);
        }
    }

    private static RetentionDecision Decide(RecordType type, RetentionRule rule, DateOnly? bornOn, IReadOnlyList<RetentionEpisode> episodes)
    {
        var records = $"{RetentionSettings.Describe(type)} records";
        if (rule.Basis == RetentionBasis.UntilAge)
        {
            return bornOn is { } born
                ? new(born.AddYears(rule.Years), type, $"{records}: until the child is {rule.Years}")
                : new(null, type, $"{records}: until the child is {rule.Years} (date of birth not known)");
        }

        return episodes.Any(e => e.ClosedOn is null)
            ? new(null, type, $"{records}: {rule.Years} years after the case closes (a case is open)")
            : new(episodes.Max(e => e.ClosedOn!.Value).AddYears(rule.Years), type, $"{records}: {rule.Years} years after the case closed");
    }
}
