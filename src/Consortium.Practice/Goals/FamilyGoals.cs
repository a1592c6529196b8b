using Consortium.Practice.Casework;

namespace Consortium.Practice.Goals;

/// <summary>A case's family goals, oldest first, with the authority's threshold for a goal achieved at closure.</summary>
public sealed record FamilyGoals(CaseRecord Case, Child Child, IReadOnlyList<FamilyGoal> Goals, int AchievedAtOrAbove)
{
    public bool IsAchieved(FamilyGoal goal) => goal?.AtClosure is { } closure && closure.Score >= AchievedAtOrAbove;
}
