namespace Consortium.Practice.Goals;

/// <summary>When in the work a family rates its goal: at the start, at a review, or at closure (once, and last).</summary>
public enum GoalStage
{
    Start,
    Review,
    Closure,
}
