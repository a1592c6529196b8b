using Consortium.Practice.Casework;

namespace Consortium.Synthetic;

/// <summary>
/// A synthetic child protection plan that a review ends with a step down to a child in need plan: the child in need
/// plan starts the day after the review, not on its day, since the census refuses a plan's review held while a child
/// in need plan is open (rule 4003).
/// </summary>
internal static class SyntheticStepDown
{
    public static void StartNeedPlanAfterReview(CaseRecord record)
    {
        if (record.History.Count == 0 || record.History[^1] is not { From: CaseStage.ChildProtectionPlan, To: CaseStage.ChildInNeedPlan } stepDown
            || !record.Reviews.Any(r => r.HeldOn == stepDown.EffectiveOn && r.Outcome == ReviewOutcome.EndPlan))
        {
            return;
        }

        stepDown.EffectiveOn = stepDown.EffectiveOn.AddDays(1);
        record.ProtectionPlanEnd = stepDown.EffectiveOn;
        record.NeedPlanStart = stepDown.EffectiveOn;
    }
}
