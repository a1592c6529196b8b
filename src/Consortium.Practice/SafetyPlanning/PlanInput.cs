using Consortium.Practice.Outcomes;
namespace Consortium.Practice.SafetyPlanning;

/// <summary>A revision of the safety plan as entered.</summary>
public sealed record PlanInput
{
    public const int MaxText = 4000;
    public const int MaxRules = 20;

    public PlanStatus? Status { get; init; }
    public IReadOnlyList<(string? Rule, IReadOnlyList<Guid> Responsible)> Rules { get; init; } = [];
    public string? WarningSigns { get; init; }
    public string? BottomLines { get; init; }
    public string? ChildsVersion { get; init; }
    public DateOnly? ReviewOn { get; init; }

    public IReadOnlyList<FieldError> Validate(DateOnly today, IReadOnlyCollection<Guid> members)
    {
        var problems = new List<FieldError>();
        if (Status is null || !Enum.IsDefined(Status.Value))
        {
            problems.Add(new(nameof(Status), "Select whether the plan is a draft, on trial or agreed"));
        }

        var rules = Rules.Where(r => !string.IsNullOrWhiteSpace(r.Rule)).ToList();
        if (rules.Count == 0)
        {
            problems.Add(new("Rules", "Write at least one rule of the plan"));
        }
        else if (rules.Count > MaxRules)
        {
            problems.Add(new("Rules", $"A plan can have at most {MaxRules} rules"));
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var (rule, responsible) = Rules[i];
            if (string.IsNullOrWhiteSpace(rule))
            {
                continue;
            }

            if (rule.Length > 1000)
            {
                problems.Add(new($"Rules-{i}", $"Rule {i + 1} must be 1,000 characters or fewer"));
            }

            if (responsible.Count == 0)
            {
                problems.Add(new($"Rules-{i}", $"Rule {i + 1}: choose who in the network makes sure it is kept"));
            }
            else if (responsible.Any(m => !members.Contains(m)))
            {
                problems.Add(new($"Rules-{i}", $"Rule {i + 1}: choose people from this case's safety network"));
            }
        }

        foreach (var (field, value, label) in new[] { (nameof(WarningSigns), WarningSigns, "Warning signs"), (nameof(BottomLines), BottomLines, "Bottom lines"), (nameof(ChildsVersion), ChildsVersion, "The child's version") })
        {
            if (value is { Length: > MaxText })
            {
                problems.Add(new(field, $"{label} must be {MaxText} characters or fewer"));
            }
        }

        if (ReviewOn is { } review && review < today)
        {
            problems.Add(new(nameof(ReviewOn), "The review date must be today or later"));
        }

        return problems;
    }
}
