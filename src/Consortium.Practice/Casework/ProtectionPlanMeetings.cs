using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>What a review conference decided about the child protection plan.</summary>
public enum ReviewOutcome
{
    ContinuePlan,
    EndPlan,
}

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
