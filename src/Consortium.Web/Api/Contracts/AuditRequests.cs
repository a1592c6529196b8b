namespace Consortium.Web.Api.Contracts;

/// <summary>Draw a month's sample (this month if no month; a new random seed if no seed).</summary>
public sealed record SampleRequest(DateOnly? Month, int? Seed);

/// <summary>Add a case to this month's audits by hand, for a theme; the auditor by the allocation rule unless named.</summary>
public sealed record AddAuditRequest(Guid? CaseId, string? Theme, Guid? AuditorId);

/// <summary>
/// Complete an audit: answers by question key ("yes", "no", "na", "0"-"10", or text), the grade on the framework's
/// scale, the conversation with the practitioner, the family's feedback and a safeguarding concern; version is the
/// audit's version as read.
/// </summary>
public sealed record AuditCompletionRequest(
    int Version,
    Dictionary<string, string>? Answers,
    int? Grade,
    string? Summary,
    DateOnly? ConversationOn,
    List<Guid>? ConversationStaff,
    int? PractitionerRating,
    int? AuditorRating,
    string? WorkingWell,
    string? Worries,
    string? NeedsToHappen,
    bool FamilyAsked,
    int? FamilyExplained,
    int? FamilyListened,
    int? FamilyPlanSafe,
    string? FamilyWords,
    string? Concern);

public sealed record AuditActionRequest(string? Text, Guid? OwnerId, DateOnly? DueOn);

/// <summary>Either evidence that the action is done, or the person it is carried to.</summary>
public sealed record SettleActionRequest(string? Evidence, Guid? CarriedToId);

public sealed record AuditVersionRequest(int Version);

public sealed record ModerationRequest(int Version, int? Grade, string? Reason);
