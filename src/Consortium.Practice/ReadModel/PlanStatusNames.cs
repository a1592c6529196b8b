using Consortium.Practice.SafetyPlanning;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>The statuses a <see cref="SafetyPlanRevisionRow"/> holds, as practice stores them.</summary>
public static class PlanStatusNames
{
    public const string Agreed = nameof(PlanStatus.Agreed);
}
