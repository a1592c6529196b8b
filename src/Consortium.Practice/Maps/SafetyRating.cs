using Consortium.Tenancy.Data;

namespace Consortium.Practice.Maps;

/// <summary>
/// One person's score on the safety scale at one time, for one danger/goal pair or (with no pair) the map
/// overall, with who they are and why. Scores are never averaged away.
/// </summary>
public sealed class SafetyRating : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid MapId { get; set; }
    public Guid? PairId { get; set; }
    public string PersonName { get; set; } = "";
    public string PersonRole { get; set; } = "";
    public string? Agency { get; set; }
    public int Score { get; set; }
    public string Why { get; set; } = "";
    public DateOnly RatedOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
