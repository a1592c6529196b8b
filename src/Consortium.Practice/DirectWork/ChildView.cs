namespace Consortium.Practice.DirectWork;

/// <summary>The three questions of the child's view, as workers and children read them.</summary>
public static class ChildView
{
    public const int MaxWords = 2000;

    public const string ExplainedWorriesQuestion = "Did the worker explain the worries about you?";
    public const string StoryHelpedQuestion = "Did the story (Words and Pictures) help you understand what is happening?";
    public const string PlanMakesSafeQuestion = "Does the plan make you feel safe?";

    public static string DisplayName(ChildViewAnswer answer) => answer switch
    {
        ChildViewAnswer.Yes => "Yes",
        ChildViewAnswer.Partly => "Partly",
        ChildViewAnswer.No => "No",
        _ => "Not asked",
    };
}
