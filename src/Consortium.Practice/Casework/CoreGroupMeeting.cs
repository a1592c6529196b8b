using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>A core group meeting of a child protection plan (the plan that started on <see cref="PlanStart"/>).</summary>
public sealed class CoreGroupMeeting : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public DateOnly PlanStart { get; set; }
    public DateOnly HeldOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
