using Consortium.Practice.Casework;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.Audits;

/// <summary>
/// One case-file audit: the case drawn (at random or by hand), its auditor, the answers on the framework version it
/// was done on, the grade, the conversation with the practitioner, the family's feedback, a safeguarding concern if
/// one was found, and its moderation.
/// </summary>
public sealed class CaseAudit : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public Guid ChildId { get; set; }
    public string CaseReference { get; set; } = "";
    public Guid? SampleId { get; set; }

    /// <summary>The first day of the month the audit belongs to.</summary>
    public DateOnly Month { get; set; }

    /// <summary>"Random sample", or the theme of an audit added by hand.</summary>
    public string Reason { get; set; } = "";
    public string Team { get; set; } = "";
    public CaseStage Stage { get; set; }
    public string WorkerName { get; set; } = "";
    public Guid? AuditorId { get; set; }
    public string AuditorName { get; set; } = "";
    public DateTimeOffset AllocatedAt { get; set; }
    public DateOnly DueOn { get; set; }
    public AuditStatus Status { get; set; }

    public int? FrameworkVersion { get; set; }
    public string AnswersJson { get; set; } = "{}";

    /// <summary>The weighted score over the questions answered, 0 to 100.</summary>
    public decimal? Score { get; set; }
    public int? Grade { get; set; }
    public string Summary { get; set; } = "";
    public DateTimeOffset? CompletedAt { get; set; }
    public DateOnly? CompletedOn { get; set; }

    public DateOnly? ConversationOn { get; set; }
    public string ConversationAttendees { get; set; } = "";
    public int? PractitionerRating { get; set; }
    public int? AuditorRating { get; set; }
    public string WorkingWell { get; set; } = "";
    public string Worries { get; set; } = "";
    public string NeedsToHappen { get; set; } = "";

    public bool FamilyAsked { get; set; }
    public int? FamilyExplained { get; set; }
    public int? FamilyListened { get; set; }
    public int? FamilyPlanSafe { get; set; }
    public string FamilyWords { get; set; } = "";

    public string? Concern { get; set; }
    public DateTimeOffset? ConcernRaisedAt { get; set; }
    public Guid? ConcernManagerId { get; set; }
    public string? ConcernManagerName { get; set; }
    public DateTimeOffset? ConcernAcknowledgedAt { get; set; }

    public bool NeedsModeration { get; set; }
    public Guid? ModeratorId { get; set; }
    public string? ModeratorName { get; set; }
    public int? ModeratedGrade { get; set; }
    public string? ModerationReason { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Counts the saves; a save based on an older version is refused as a conflict.</summary>
    public int Version { get; set; } = 1;

    public List<AuditDomainScore> DomainScores { get; set; } = [];
    public List<AuditAction> Actions { get; set; } = [];

    /// <summary>The grade that stands: the moderator's where the audit was moderated.</summary>
    public int? FinalGrade => ModeratedGrade ?? Grade;

    public bool IsOverdue(DateOnly today) => Status == AuditStatus.Allocated && DueOn < today;

    public bool AwaitsModeration => NeedsModeration && ModeratedAt is null && Status != AuditStatus.Allocated;
}

public enum AuditStatus
{
    /// <summary>Drawn and allocated (or waiting for an auditor); not yet graded.</summary>
    Allocated,

    /// <summary>Graded; its actions may still be open.</summary>
    Completed,

    /// <summary>Every action done or carried to a named person.</summary>
    Closed,
}

/// <summary>One domain's weighted score in a completed audit, kept so the weakest domains can be counted.</summary>
public sealed class AuditDomainScore : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid AuditId { get; set; }
    public string DomainKey { get; set; } = "";
    public string DomainTitle { get; set; } = "";
    public decimal Score { get; set; }

    /// <summary>A domain scoring under this is weak.</summary>
    public const decimal WeakBelow = 50m;
}

/// <summary>An action arising from an audit: who owns it, by when, and how it was done or to whom it was carried.</summary>
public sealed class AuditAction : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid AuditId { get; set; }
    public string Text { get; set; } = "";
    public Guid OwnerId { get; set; }
    public string OwnerName { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Evidence { get; set; }
    public Guid? CarriedToId { get; set; }
    public string? CarriedToName { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    public bool IsSettled => DoneOn is not null || CarriedToId is not null;

    public bool IsOverdue(DateOnly today) => !IsSettled && DueOn < today;
}

/// <summary>A month's random sample: drawn once per month by a recorded seed, so the same seed draws the same cases.</summary>
public sealed class AuditSample : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public DateOnly Month { get; set; }
    public int Seed { get; set; }
    public int PerTeam { get; set; }
    public int Drawn { get; set; }
    public string DrawnBy { get; set; } = "";
    public DateTimeOffset DrawnAt { get; set; }
}
