using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>A visit to a child by their social worker: when, whether the child was seen alone, and what the worker noted.</summary>
public sealed class StatutoryVisit : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public bool SeenAlone { get; set; }
    public string Notes { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
