using Consortium.Tenancy.Data;

namespace Consortium.Practice.Goals;

/// <summary>How close the family says it is to one of its goals, 0 to 10, on a day, at a stage of the work.</summary>
public sealed class GoalRating : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid GoalId { get; set; }
    public Guid CaseId { get; set; }
    public GoalStage Stage { get; set; }
    public DateOnly RatedOn { get; set; }
    public int Score { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
