using Consortium.Practice.SafetyPlanning;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>One revision of an episode's safety plan and its status (<see cref="PlanStatusNames"/>).</summary>
public sealed record SafetyPlanRevisionRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public int Revision { get; init; }
    public string Status { get; init; } = "";
}
