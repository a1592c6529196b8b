using Consortium.Tenancy.Data;

namespace Consortium.Practice.ReadModel;

/// <summary>A family goal's rating at closure (a goal has at most one): the day and the family's score, 0 to 10.</summary>
public sealed record GoalClosureRow : ITenantOwned
{
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; init; }
    public DateOnly RatedOn { get; init; }
    public int Score { get; init; }
}
