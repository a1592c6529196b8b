using Consortium.Tenancy.Data;

namespace Consortium.Practice.SafetyPlanning;

/// <summary>
/// One revision of a case's safety plan. Revisions are never changed: revising the plan writes the next one,
/// so every earlier version can be read as it was ("a plan is just a plan until we see it working").
/// </summary>
public sealed class SafetyPlanRevision : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public int Revision { get; set; }
    public PlanStatus Status { get; set; }
    public List<PlanRule> Rules { get; set; } = [];
    public string WarningSigns { get; set; } = "";
    public string BottomLines { get; set; } = "";
    public string ChildsVersion { get; set; } = "";
    public DateOnly? ReviewOn { get; set; }

    /// <summary>Who agreed this revision (empty until someone has).</summary>
    public List<PlanAgreer> AgreedBy { get; set; } = [];

    /// <summary>The day they agreed it.</summary>
    public DateOnly? AgreedOn { get; set; }
    public string RevisedBy { get; set; } = "";
    public DateTimeOffset RevisedAt { get; set; }
}
