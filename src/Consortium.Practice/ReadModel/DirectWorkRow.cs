using Consortium.Practice.DirectWork;
using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>One piece of direct work with the child of an episode: which tool (<see cref="DirectWorkToolNames"/>), and when.</summary>
public sealed record DirectWorkRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public string Tool { get; init; } = "";
    public DateOnly DoneOn { get; init; }
}
