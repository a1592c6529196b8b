using Consortium.Practice.Policy;
using Consortium.Practice.Workforce;
using Consortium.Tenancy;

namespace Consortium.Metrics.Computation;

/// <summary>
/// The parts of an authority's policy and reference data that indicators depend on, and the day they are worked out
/// on (and the rating at which a family's goal counts as achieved, and the training policy, which is the default where
/// none is given): a period that has not ended yet is measured as at that day (open cases and plans today, not on a future date).
/// </summary>
public sealed record ComputationSettings(
    int SuppressionThreshold, int ChildrenAged0To17, int MapReviewIntervalDays, int FirstReviewMonths = 3, int SubsequentReviewMonths = 6,
    DateOnly? Today = null, int GoalAchievedAtOrAbove = 7, TrainingPolicy? Training = null)
{
    public static ComputationSettings For(TenantInfo tenant, PracticePolicy policy, DateOnly today, TrainingPolicy? training = null)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(policy);
        return new(
            policy.Disclosure.SuppressionThreshold, tenant.ChildrenAged0To17, policy.Timescales.MapReviewIntervalDays,
            policy.Timescales.FirstReviewMonths, policy.Timescales.SubsequentReviewMonths, today, policy.Goals.AchievedAtOrAbove, training);
    }
}
