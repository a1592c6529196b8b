using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>The body of a plan revision: the whole plan, and the revision it was written from (0 for the first).</summary>
public sealed record PlanRevisionRequest(
    int? BasedOnRevision,
    PlanStatus? Status,
    IReadOnlyList<PlanRuleRequest?>? Rules,
    string? WarningSigns,
    string? BottomLines,
    string? ChildsVersion,
    DateOnly? ReviewOn)
{
    public IReadOnlyList<FieldError> Validate() =>
        BasedOnRevision is >= 0 ? [] : [new(nameof(BasedOnRevision), "Send the currentRevision the plan was read with (0 for the first plan)")];

    public PlanInput ToInput() => new()
    {
        Status = Status,
        Rules = [.. (Rules ?? []).Select(r => (r?.Rule, (IReadOnlyList<Guid>)(r?.Responsible ?? [])))],
        WarningSigns = WarningSigns,
        BottomLines = BottomLines,
        ChildsVersion = ChildsVersion,
        ReviewOn = ReviewOn,
    };
}
