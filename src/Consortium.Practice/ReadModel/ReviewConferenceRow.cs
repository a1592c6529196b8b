using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>A review conference held for the child protection plan of an episode that started on <see cref="PlanStart"/>.</summary>
public sealed record ReviewConferenceRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public DateOnly PlanStart { get; init; }
    public DateOnly HeldOn { get; init; }
}
