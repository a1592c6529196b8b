using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>One allocation of a case: to whom, from whom, by which manager and when. The case's history of workers.</summary>
public sealed class AllocationChange : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public string FromName { get; set; } = "";
    public string ToName { get; set; } = "";
    public string ToTeam { get; set; } = "";
    public string AllocatedBy { get; set; } = "";
    public DateTimeOffset AllocatedAt { get; set; }
}
