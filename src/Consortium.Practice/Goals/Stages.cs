namespace Consortium.Practice.Goals;

public static class Stages
{
    public static string Name(GoalStage stage) => stage switch
    {
        GoalStage.Start => "Start",
        GoalStage.Review => "Review",
        _ => "Closure",
    };
}
