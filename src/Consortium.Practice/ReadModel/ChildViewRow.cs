using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>
/// Direct work at which the child was asked whether the plan makes them safe: the day, and whether they said yes.
/// Direct work where the question was not asked is not a row.
/// </summary>
public sealed record ChildViewRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public DateOnly DoneOn { get; init; }
    public bool FeelsSafe { get; init; }
}
