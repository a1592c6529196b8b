using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>What a review conference decided about the child protection plan.</summary>
public enum ReviewOutcome
{
    ContinuePlan,
    EndPlan,
}
