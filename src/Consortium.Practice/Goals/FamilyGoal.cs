using Consortium.Tenancy.Data;

namespace Consortium.Practice.Goals;

/// <summary>
/// A goal in the family's own words, with its ratings in the order they were given. <see cref="Version"/> rises with
/// each rating, so a rating based on an older version (someone rated it meanwhile) is refused.
/// </summary>
public sealed class FamilyGoal : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public string Words { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public int Version { get; set; } = 1;
    public List<GoalRating> Ratings { get; set; } = [];

    public GoalRating? Latest => Ratings.OrderBy(r => r.RatedOn).ThenBy(r => r.Stage).LastOrDefault();

    public GoalRating? AtClosure => Ratings.FirstOrDefault(r => r.Stage == GoalStage.Closure);

    public bool IsClosed => AtClosure is not null;
}
