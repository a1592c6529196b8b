using Consortium.Practice.Policy;

namespace Consortium.Practice.Retention;

/// <summary>
/// How long a child's record is kept: until <see cref="KeepUntil"/>, or while a case is open and then as the rule says
/// (<see cref="KeepUntil"/> null), under the rule of <see cref="GovernedBy"/>, which keeps it longest.
/// </summary>
public sealed record RetentionDecision(DateOnly? KeepUntil, RecordType GovernedBy, string Reason)
{
    public bool IsDueForReview(DateOnly today) => KeepUntil is { } until && until < today;
}
