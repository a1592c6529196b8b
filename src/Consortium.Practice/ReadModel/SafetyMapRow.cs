using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>One dated version of an episode's map.</summary>
public sealed record SafetyMapRow : ITenantOwned
{
    public Guid Id { get; init; }
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public int Version { get; init; }
    public DateOnly MapDate { get; init; }
}
