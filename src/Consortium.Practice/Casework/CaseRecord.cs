using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A referral episode for one child, moving through the statutory stages. Siblings referred together each have
/// their own episode (the census is child-level), linked by <see cref="SiblingGroupId"/>.
/// </summary>
public sealed class CaseRecord : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid ChildId { get; set; }
    public string Reference { get; set; } = "";

    /// <summary>Shared by the episodes of siblings referred together (the first episode's id); null for a child referred alone.</summary>
    public Guid? SiblingGroupId { get; set; }
    public CaseStage Stage { get; set; }
    public DateOnly ReferralDate { get; set; }
    public string ReferralSource { get; set; } = "";
    public string PrimaryNeed { get; set; } = "";
    public DateOnly? AssessmentStart { get; set; }
    public DateOnly? AssessmentAuthorised { get; set; }

    /// <summary>The census codes of the factors identified when the assessment was authorised (<see cref="Codes.AssessmentFactors"/>).</summary>
    public List<string> AssessmentFactors { get; set; } = [];
    public DateOnly? StrategyDiscussion { get; set; }
    public DateOnly? Section47Start { get; set; }
    public DateOnly? InitialConference { get; set; }
    public string? CategoryOfAbuse { get; set; }
    public DateOnly? ProtectionPlanStart { get; set; }
    public DateOnly? ProtectionPlanEnd { get; set; }
    public DateOnly? NeedPlanStart { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosureReason { get; set; }

    /// <summary>The allocated worker's stable subject (from their identity provider) and display name.</summary>
    public string WorkerSubject { get; set; } = "";
    public string WorkerName { get; set; } = "";
    public string Team { get; set; } = "";
    public bool IsSynthetic { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();
    public List<StageChange> History { get; set; } = [];

    /// <summary>Review conferences of the case's child protection plans.</summary>
    public List<ReviewConference> Reviews { get; set; } = [];

    /// <summary>Core group meetings of the case's child protection plans.</summary>
    public List<CoreGroupMeeting> CoreGroups { get; set; } = [];

    public bool IsOpen => Stage != CaseStage.Closed;

    /// <summary>When the current stage began.</summary>
    public DateOnly StageSince => History.Count == 0 ? ReferralDate : History.Max(h => h.EffectiveOn);
}

/// <summary>One move of a case from a stage to another: when it took effect, who recorded it.</summary>
public sealed class StageChange : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public CaseStage From { get; set; }
    public CaseStage To { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
