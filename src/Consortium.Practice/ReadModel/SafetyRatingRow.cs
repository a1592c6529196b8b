using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>One person's 0-10 score on a map: of one danger/goal pair, or (with no pair) of the map overall.</summary>
public sealed record SafetyRatingRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid MapId { get; init; }
    public Guid? PairId { get; init; }

    /// <summary>The agency the person rated for; none (null or empty) for the family.</summary>
    public string? Agency { get; init; }
    public int Score { get; init; }
}
