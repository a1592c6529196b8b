using Consortium.Practice.Policy;
using Consortium.Tenancy;

namespace Consortium.Metrics.Computation;

/// <summary>The parts of an authority's policy and reference data that indicators depend on.</summary>
public sealed record ComputationSettings(
    int SuppressionThreshold, int ChildrenAged0To17, int MapReviewIntervalDays, int FirstReviewMonths = 3, int SubsequentReviewMonths = 6)
{
    public static ComputationSettings For(TenantInfo tenant, PracticePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(policy);
        return new(
            policy.Disclosure.SuppressionThreshold, tenant.ChildrenAged0To17, policy.Timescales.MapReviewIntervalDays,
            policy.Timescales.FirstReviewMonths, policy.Timescales.SubsequentReviewMonths);
    }
}
