using Consortium.Practice.Outcomes;
namespace Consortium.Practice.Maps;

/// <summary>What a person writes on a map: every category, the pairs and the next steps.</summary>
public sealed record MapInput
{
    public const int MaxText = 4000;
    public const int MaxPairs = 8;
    public const int MaxSteps = 20;

    public DateOnly? MapDate { get; init; }
    public MapKind Kind { get; init; }
    public string? HarmStatement { get; init; }
    public string? ComplicatingFactors { get; init; }
    public string? ExistingStrengths { get; init; }
    public string? ExistingSafety { get; init; }
    public IReadOnlyList<(Guid? Id, string? Statement, string? Goal)> Pairs { get; init; } = [];
    public IReadOnlyList<(string? What, string? Who, DateOnly? Due, bool Done)> NextSteps { get; init; } = [];

    /// <summary>Whether anything is written on the map; a map with nothing on it stays a draft.</summary>
    public bool HasContent =>
        new[] { HarmStatement, ComplicatingFactors, ExistingStrengths, ExistingSafety }.Any(t => !string.IsNullOrWhiteSpace(t))
        || Pairs.Any(p => !string.IsNullOrWhiteSpace(p.Statement));

    public IReadOnlyList<FieldError> Validate(DateOnly today, string statementLabel, string goalLabel)
    {
        var problems = new List<FieldError>();
        if (MapDate is not { } date)
        {
            problems.Add(new(nameof(MapDate), "Enter the date of the map"));
        }
        else if (date > today)
        {
            problems.Add(new(nameof(MapDate), "The date of the map cannot be in the future"));
        }

        foreach (var (field, value, label) in new[]
        {
            (nameof(HarmStatement), HarmStatement, "Harm"),
            (nameof(ComplicatingFactors), ComplicatingFactors, "Complicating factors"),
            (nameof(ExistingStrengths), ExistingStrengths, "Existing strengths"),
            (nameof(ExistingSafety), ExistingSafety, "Existing safety"),
        })
        {
            if (value is { Length: > MaxText })
            {
                problems.Add(new(field, $"{label} must be {MaxText} characters or fewer"));
            }
        }

        if (!HasContent)
        {
            problems.Add(new(nameof(HarmStatement), $"Write at least one part of the map before saving it: the harm, a complicating factor, a strength, existing safety or a {statementLabel.ToLowerInvariant()}"));
        }

        if (Pairs.Count > MaxPairs)
        {
            problems.Add(new("Pairs", $"A map can have at most {MaxPairs} {statementLabel.ToLowerInvariant()}s"));
        }

        for (var i = 0; i < Pairs.Count; i++)
        {
            var (_, statement, goal) = Pairs[i];
            if (string.IsNullOrWhiteSpace(statement) != string.IsNullOrWhiteSpace(goal))
            {
                problems.Add(new($"Pairs-{i}", string.IsNullOrWhiteSpace(statement)
                    ? $"Enter the {statementLabel.ToLowerInvariant()} that {goalLabel.ToLowerInvariant()} {i + 1} answers"
                    : $"Enter the {goalLabel.ToLowerInvariant()} for {statementLabel.ToLowerInvariant()} {i + 1}"));
            }
            else if (statement is { Length: > MaxText } || goal is { Length: > MaxText })
            {
                problems.Add(new($"Pairs-{i}", $"{statementLabel} {i + 1} and its goal must each be {MaxText} characters or fewer"));
            }
        }

        if (NextSteps.Count > MaxSteps)
        {
            problems.Add(new("NextSteps", $"A map can have at most {MaxSteps} next steps"));
        }

        for (var i = 0; i < NextSteps.Count; i++)
        {
            var step = NextSteps[i];
            if (string.IsNullOrWhiteSpace(step.What) || step.What.Length > 500 || string.IsNullOrWhiteSpace(step.Who) || step.Who.Length > 100)
            {
                problems.Add(new($"NextSteps-{i}", $"Next step {i + 1}: enter what will happen (up to 500 characters) and who will do it (up to 100)"));
            }
        }

        return problems;
    }
}
