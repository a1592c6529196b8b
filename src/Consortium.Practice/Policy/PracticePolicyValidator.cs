using Consortium.Practice.Settings;

namespace Consortium.Practice.Policy;

/// <summary>The rules a policy must meet before it is saved or used.</summary>
public static class PracticePolicyValidator
{
    public const int DepartmentMinimumSuppression = 5;

    public static IReadOnlyList<SettingsProblem> Validate(PracticePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<SettingsProblem>();
        var t = policy.Timescales;
        Range(problems, "Timescales.AssessmentWorkingDays", "Assessment timescale", t.AssessmentWorkingDays, 1, 100, "working days");
        Range(problems, "Timescales.InitialConferenceWorkingDays", "Initial conference timescale", t.InitialConferenceWorkingDays, 1, 60, "working days");
        Range(problems, "Timescales.CoreGroupWorkingDays", "Core group timescale", t.CoreGroupWorkingDays, 1, 60, "working days");
        Range(problems, "Timescales.FirstReviewMonths", "First review conference", t.FirstReviewMonths, 1, 12, "months");
        Range(problems, "Timescales.SubsequentReviewMonths", "Later review conferences", t.SubsequentReviewMonths, 1, 12, "months");
        Range(problems, "Timescales.VisitFrequencyWorkingDays", "Visit frequency", t.VisitFrequencyWorkingDays, 1, 65, "working days");
        Range(problems, "Timescales.MapReviewIntervalDays", "Map review interval", t.MapReviewIntervalDays, 7, 365, "days");

        var words = policy.Terminology;
        Text(problems, "Terminology.ModelName", "Name of the practice model", words.ModelName);
        Text(problems, "Terminology.DangerStatement", "Label for a danger statement", words.DangerStatement);
        Text(problems, "Terminology.SafetyGoal", "Label for a safety goal", words.SafetyGoal);
        Text(problems, "Terminology.WorryStatement", "Label for a worry statement", words.WorryStatement);
        Text(problems, "Terminology.WellbeingGoal", "Label for a wellbeing goal", words.WellbeingGoal);
        Text(problems, "SafetyScale.ZeroAnchor", "Wording for 0 on the safety scale", policy.SafetyScale.ZeroAnchor, 200);
        Text(problems, "SafetyScale.TenAnchor", "Wording for 10 on the safety scale", policy.SafetyScale.TenAnchor, 200);

        Range(problems, "Documents.MaxUploadMegabytes", "Largest upload", policy.Documents.MaxUploadMegabytes, 1, 100, "megabytes");
        Range(problems, "Session.IdleTimeoutMinutes", "Idle timeout", policy.Session.IdleTimeoutMinutes, 5, 480, "minutes");

        var threshold = policy.Disclosure.SuppressionThreshold;
        if (threshold < DepartmentMinimumSuppression)
        {
            problems.Add(new("Disclosure.SuppressionThreshold", $"Suppression threshold must be {DepartmentMinimumSuppression} or more, the Department's rule"));
        }
        else if (threshold > 50)
        {
            problems.Add(new("Disclosure.SuppressionThreshold", "Suppression threshold must be 50 or less"));
        }

        foreach (var type in Enum.GetValues<RecordType>())
        {
            if (!policy.Retention.TryGetValue(type, out var rule) || rule is null)
            {
                problems.Add(new($"Retention.{type}", $"Enter a retention rule for {Describe(type)} records"));
                continue;
            }

            if (!Enum.IsDefined(rule.Basis))
            {
                problems.Add(new($"Retention.{type}.Basis", $"Retention basis for {Describe(type)} records must be YearsAfterClosure or UntilAge"));
            }

            Range(problems, $"Retention.{type}.Years", $"Retention for {Describe(type)} records", rule.Years, 1, 150, "years");
        }

        return problems;
    }

    private static void Range(List<SettingsProblem> problems, string field, string label, int value, int min, int max, string unit)
    {
        if (value < min || value > max)
        {
            problems.Add(new(field, $"{label} must be between {min} and {max} {unit}"));
        }
    }

    private static void Text(List<SettingsProblem> problems, string field, string label, string? value, int max = 60)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"Enter the {label.ToLowerInvariant()}"));
        }
        else if (value.Length > max)
        {
            problems.Add(new(field, $"{label} must be {max} characters or fewer"));
        }
    }

    private static string Describe(RecordType type) => type switch
    {
        RecordType.EarlyHelp => "early help",
        RecordType.ChildInNeed => "child in need",
        RecordType.ChildProtection => "child protection",
        RecordType.LookedAfter => "looked-after children's",
        RecordType.Adoption => "adoption",
        _ => type.ToString(),
    };
}
