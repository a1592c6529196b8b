using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A review conference of a child protection plan: when it was held and whether the plan continues. The plan it
/// reviewed is the one that started on <see cref="PlanStart"/> (the case's <c>ProtectionPlanStart</c> at the time).
/// </summary>
public sealed class ReviewConference : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public DateOnly PlanStart { get; set; }
    public DateOnly HeldOn { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
