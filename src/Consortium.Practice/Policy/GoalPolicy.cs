namespace Consortium.Practice.Policy;

/// <summary>How the authority judges a family's goal achieved when it is rated at closure.</summary>
public sealed class GoalPolicy
{
    /// <summary>A goal rated at closure at or above this (on 0 to 10) counts as achieved (SOS_GOALS).</summary>
    public int AchievedAtOrAbove { get; set; } = 7;
}
