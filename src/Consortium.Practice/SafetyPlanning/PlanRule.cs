using Consortium.Tenancy.Data;

namespace Consortium.Practice.SafetyPlanning;

/// <summary>An everyday rule that answers a danger statement, and the network members who make sure it is kept.</summary>
public sealed class PlanRule
{
    public string Rule { get; set; } = "";
    public List<Guid> ResponsibleMembers { get; set; } = [];
}
