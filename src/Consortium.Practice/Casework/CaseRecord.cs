using Consortium.Practice.Census;
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
    public ReferralSource ReferralSource { get; set; } = ReferralSource.Unknown;
    public PrimaryNeed PrimaryNeed { get; set; } = PrimaryNeed.NotStated;
    public DateOnly? AssessmentStart { get; set; }
    public DateOnly? AssessmentAuthorised { get; set; }

    /// <summary>The factors identified when the assessment was authorised.</summary>
    public List<AssessmentFactor> AssessmentFactors { get; set; } = [];
    public DateOnly? StrategyDiscussion { get; set; }
    public DateOnly? Section47Start { get; set; }
    public DateOnly? InitialConference { get; set; }
    /// <summary>The initial category of abuse of the case's child protection plan, chosen when the plan started.</summary>
    public CategoryOfAbuse? CategoryOfAbuse { get; set; }

    /// <summary>The plan's category of abuse now, where a review changed it; null while it is still the initial one.</summary>
    public CategoryOfAbuse? LatestCategoryOfAbuse { get; set; }
    public DateOnly? ProtectionPlanStart { get; set; }
    public DateOnly? ProtectionPlanEnd { get; set; }
    public DateOnly? NeedPlanStart { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public ClosureReason? ClosureReason { get; set; }

    /// <summary>Whether the referral led to no further action, as the practitioner recorded it; null when not recorded.</summary>
    public bool? ReferralNfa { get; set; }

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

    /// <summary>Visits to the child on this case, which a plan's visit timescale is counted from.</summary>
    public List<StatutoryVisit> Visits { get; set; } = [];

    /// <summary>The reason for the referral and who made it; null on cases recorded before these were kept.</summary>
    public ReferralDetails? Referral { get; set; }

    public bool IsOpen => Stage != CaseStage.Closed;

    /// <summary>
    /// The one way a case is opened: a referral episode of <paramref name="child"/> at the referral stage, from a
    /// referral that <see cref="NewReferral.Validate"/> accepted, allocated to <paramref name="worker"/>.
    /// </summary>
    public static CaseRecord Open(Child child, NewReferral referral, string reference, Allocation worker, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(worker);
        return new CaseRecord
        {
            ChildId = child.Id,
            Reference = reference,
            Stage = CaseStage.Referral,
            ReferralDate = referral.ReferralDate ?? throw new ArgumentException("Validate the referral first.", nameof(referral)),
            ReferralSource = ReferralSource.List.FromStored(referral.ReferralSource!),
            PrimaryNeed = PrimaryNeed.List.FromStored(referral.PrimaryNeed!),
            WorkerSubject = worker.Subject,
            WorkerName = worker.Name,
            Team = worker.Team,
            IsSynthetic = child.IsSynthetic,
            UpdatedAt = now,
            Referral = referral.Reason is null ? null : ReferralDetails.From(referral),
        };
    }

    /// <summary>When the current stage began.</summary>
    public DateOnly StageSince => History.Count == 0 ? ReferralDate : History.Max(h => h.EffectiveOn);
}
