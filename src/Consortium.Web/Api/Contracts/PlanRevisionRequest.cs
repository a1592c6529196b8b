using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Web.Api.Contracts;

/// <summary>
/// The body of a plan revision: the whole plan, and the revision it was written from (0 for the first). Who agreed it:
/// agreedByStaff (staff directory ids), agreedByFamily (ids of the child's family members or of the case's safety network)
/// and agreedOn; required when status is Agreed.
/// </summary>
public sealed record PlanRevisionRequest(
    int? BasedOnRevision,
    PlanStatus? Status,
    IReadOnlyList<PlanRuleRequest?>? Rules,
    string? WarningSigns,
    string? BottomLines,
    string? ChildsVersion,
    DateOnly? ReviewOn,
    IReadOnlyList<Guid>? AgreedByStaff = null,
    IReadOnlyList<Guid>? AgreedByFamily = null,
    DateOnly? AgreedOn = null)
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
        AgreedByStaff = AgreedByStaff ?? [],
        AgreedByFamily = AgreedByFamily ?? [],
        AgreedOn = AgreedOn,
    };
}
