using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>A member of an episode's safety network, and whether they know the danger statements.</summary>
public sealed record SafetyNetworkMemberRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public bool KnowsDangerStatements { get; init; }
}
