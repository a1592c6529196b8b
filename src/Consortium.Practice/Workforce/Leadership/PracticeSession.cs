using Consortium.Tenancy.Data;

namespace Consortium.Practice.Workforce.Leadership;

/// <summary>A practice session held by a practice leader: who came, and which cases were discussed.</summary>
public sealed class PracticeSession : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public SessionKind Kind { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The practice leader who led it, from the staff directory.</summary>
    public Guid LeaderId { get; set; }

    /// <summary>The members of staff who attended, from the staff directory.</summary>
    public List<Guid> AttendeeIds { get; set; } = [];

    /// <summary>The cases discussed; a reader sees the reference only of a case they may open.</summary>
    public List<Guid> CaseIds { get; set; } = [];
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}

public enum SessionKind
{
    GroupSupervision,
    AppreciativeInquiry,
    PracticeLeaderSession,
}

public static class SessionKinds
{
    public static string Name(SessionKind kind) => kind switch
    {
        SessionKind.GroupSupervision => "Group supervision",
        SessionKind.AppreciativeInquiry => "Appreciative inquiry",
        _ => "Practice-leader session",
    };
}
