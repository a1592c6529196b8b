using Consortium.Practice.Goals;

namespace Consortium.Web.Api.Contracts;

/// <summary>A case's family goals with every rating, and the rating at closure at or above which a goal is achieved.</summary>
public sealed record FamilyGoalsView(Guid CaseId, int AchievedAtOrAbove, IReadOnlyList<FamilyGoalView> Goals)
{
    public static FamilyGoalsView From(FamilyGoals goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        return new(goals.Case.Id, goals.AchievedAtOrAbove, [.. goals.Goals.Select(g => new FamilyGoalView(
            g.Id, g.Words, g.Version, g.IsClosed ? goals.IsAchieved(g) : null,
            [.. g.Ratings.OrderBy(r => r.RatedOn).ThenBy(r => r.Stage).Select(r => new GoalRatingView(r.Stage, r.RatedOn, r.Score))]))]);
    }
}

/// <summary>One goal in the family's words; version is what a rating is based on; achieved is null until rated at closure.</summary>
public sealed record FamilyGoalView(Guid Id, string Words, int Version, bool? Achieved, IReadOnlyList<GoalRatingView> Ratings);

public sealed record GoalRatingView(GoalStage Stage, DateOnly RatedOn, int Score);
