using Consortium.Practice.Casework;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>One move of an episode from a stage to another (<see cref="StageNames"/>), and the day it took effect.</summary>
public sealed record StageChangeRow : ITenantOwned
{
    /// <summary>Increases with the order moves were recorded in: the later of two moves on the same day has the higher.</summary>
    public long Id { get; init; }
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public string From { get; init; } = "";
    public string To { get; init; } = "";
    public DateOnly EffectiveOn { get; init; }
}
