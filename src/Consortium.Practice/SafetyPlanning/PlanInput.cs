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

    /// <summary>Staff who agreed the plan, by their staff directory id.</summary>
    public IReadOnlyList<Guid> AgreedByStaff { get; init; } = [];

    /// <summary>Family who agreed the plan, by the id of a family member on the child's record or of a member of the case's safety network.</summary>
    public IReadOnlyList<Guid> AgreedByFamily { get; init; } = [];

    public DateOnly? AgreedOn { get; init; }

    public const string ChooseWhoAgreed = "Choose who agreed the plan: staff from the staff directory, the family or the network";

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

        // An agreed plan says who agreed it and when; a plan not yet agreed may record either only with the other.
        var agreed = AgreedByStaff.Count + AgreedByFamily.Count > 0;
        if (!agreed && (Status == PlanStatus.Agreed || AgreedOn is not null))
        {
            problems.Add(new(nameof(AgreedByStaff), ChooseWhoAgreed));
        }

        if (AgreedOn is null && (Status == PlanStatus.Agreed || agreed))
        {
            problems.Add(new(nameof(AgreedOn), "Enter the date the plan was agreed"));
        }
        else if (AgreedOn is { } on && on > today)
        {
            problems.Add(new(nameof(AgreedOn), "The date the plan was agreed cannot be in the future"));
        }

        return problems;
    }
}
