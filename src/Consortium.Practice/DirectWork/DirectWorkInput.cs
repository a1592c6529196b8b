using Consortium.Practice.Outcomes;
namespace Consortium.Practice.DirectWork;

/// <summary>A piece of direct work as a worker records it.</summary>
public sealed record DirectWorkInput
{
    public const int MaxWords = 8000;

    public DirectWorkTool? Tool { get; init; }
    public DateOnly? DoneOn { get; init; }
    public string? ChildsWords { get; init; }
    public Consent? ChildConsent { get; init; }
    public Consent? ParentConsent { get; init; }
    public string? SharedWith { get; init; }
    public Guid? InformedMapId { get; init; }

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

        if (string.IsNullOrWhiteSpace(ChildsWords))
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

        return problems;
    }
}
