using Consortium.Practice.Census;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>
/// A request to move a case to another stage, with the facts that stage needs: the category of abuse of a plan, the
/// reason for closing, and the factors identified when the move authorises the single assessment.
/// </summary>
public sealed record StageTransition(CaseStage To, DateOnly EffectiveOn, string? CategoryOfAbuse = null, string? ClosureReason = null, IReadOnlyList<string>? AssessmentFactors = null);
