using Consortium.Practice.Outcomes;
namespace Consortium.Practice.DirectWork;

/// <summary>A piece of direct work as a worker records it.</summary>
public sealed record DirectWorkInput
{
    public const int MaxWords = 8000;

    /// <summary>Each house's words at most, so the three with their headings fit in <see cref="MaxWords"/>.</summary>
    public const int MaxHouseWords = 2600;

    public DirectWorkTool? Tool { get; init; }
    public DateOnly? DoneOn { get; init; }
    public string? ChildsWords { get; init; }

    /// <summary>Three Houses only: the house of worries, of good things and of dreams; each optional, at least one written.</summary>
    public string? WorriesWords { get; init; }
    public string? GoodThingsWords { get; init; }
    public string? DreamsWords { get; init; }

    public bool IsThreeHouses => Tool == DirectWorkTool.ThreeHouses;

    /// <summary>The three houses with their headings, as one text; only the houses written.</summary>
    public string HousesAsOneText() => string.Join("\n\n", new[] { ("House of worries", WorriesWords), ("House of good things", GoodThingsWords), ("House of dreams", DreamsWords) }
        .Where(h => !string.IsNullOrWhiteSpace(h.Item2)).Select(h => $"{h.Item1}: {h.Item2!.Trim()}"));
    public Consent? ChildConsent { get; init; }
    public Consent? ParentConsent { get; init; }
    public string? SharedWith { get; init; }
    public Guid? InformedMapId { get; init; }

    /// <summary>The child's view; a question left unanswered was not asked.</summary>
    public ChildViewAnswer? ExplainedWorries { get; init; }
    public ChildViewAnswer? StoryHelped { get; init; }
    public ChildViewAnswer? PlanMakesSafe { get; init; }
    public string? ChildViewWords { get; init; }

    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var problems = new List<FieldError>();
        if (Tool is null || !Enum.IsDefined(Tool.Value))
        {
            problems.Add(new(nameof(Tool), "Select the tool used"));
        }

        if (DoneOn is not { } on)
        {
            problems.Add(new(nameof(DoneOn), "Enter the date of the direct work"));
        }
        else if (on > today)
        {
            problems.Add(new(nameof(DoneOn), "The date of the direct work cannot be in the future"));
        }

        if (IsThreeHouses)
        {
            var houses = new[] { (nameof(WorriesWords), WorriesWords, "The house of worries"), (nameof(GoodThingsWords), GoodThingsWords, "The house of good things"), (nameof(DreamsWords), DreamsWords, "The house of dreams") };
            if (houses.All(h => string.IsNullOrWhiteSpace(h.Item2)))
            {
                problems.Add(new(nameof(WorriesWords), "Write what the child said in at least one of the three houses"));
            }

            problems.AddRange(houses.Where(h => h.Item2 is { Length: > MaxHouseWords }).Select(h => new FieldError(h.Item1, $"{h.Item3} must be {MaxHouseWords} characters or fewer")));
        }
        else if (string.IsNullOrWhiteSpace(ChildsWords))
        {
            problems.Add(new(nameof(ChildsWords), "Write the child's words, as they said them"));
        }
        else if (ChildsWords.Length > MaxWords)
        {
            problems.Add(new(nameof(ChildsWords), $"The child's words must be {MaxWords} characters or fewer"));
        }

        if (ChildConsent is null || !Enum.IsDefined(ChildConsent.Value))
        {
            problems.Add(new(nameof(ChildConsent), "Select whether the child consented to sharing this"));
        }

        if (ParentConsent is null || !Enum.IsDefined(ParentConsent.Value))
        {
            problems.Add(new(nameof(ParentConsent), "Select whether the parent consented to sharing this"));
        }

        if (SharedWith is { Length: > 500 })
        {
            problems.Add(new(nameof(SharedWith), "Who it was shared with must be 500 characters or fewer"));
        }

        problems.AddRange(new[] { (nameof(ExplainedWorries), ExplainedWorries), (nameof(StoryHelped), StoryHelped), (nameof(PlanMakesSafe), PlanMakesSafe) }
            .Where(q => q.Item2 is { } answer && !Enum.IsDefined(answer))
            .Select(q => new FieldError(q.Item1, "Select the child's answer: yes, partly, no or not asked")));
        if (ChildViewWords is { Length: > ChildView.MaxWords })
        {
            problems.Add(new(nameof(ChildViewWords), $"The child's words about the work must be {ChildView.MaxWords} characters or fewer"));
        }

        return problems;
    }
}
