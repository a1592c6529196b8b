using Consortium.Tenancy.Data;

namespace Consortium.Practice.SafetyPlanning;

/// <summary>Someone in the family's safety network: who they are to the child, how to reach them, whether they know the danger statements.</summary>
public sealed class SafetyNetworkMember : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public string Name { get; set; } = "";
    public string Relationship { get; set; } = "";
    public string? Contact { get; set; }
    public bool KnowsDangerStatements { get; set; }
    public string Role { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}
