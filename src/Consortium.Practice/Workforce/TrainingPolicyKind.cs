using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Tenancy;

namespace Consortium.Practice.Workforce;

/// <summary>The authority's training policy as versioned settings: each save is kept with who made it.</summary>
public sealed class TrainingPolicyKind : ISettingsKind<TrainingPolicy>
{
    public string Kind => "TrainingPolicy";

    public TrainingPolicy Initial(TenantInfo tenant) => DefaultTrainingPolicy.Create();

    public IReadOnlyList<FieldError> Validate(TrainingPolicy settings) => TrainingPolicyValidator.Validate(settings);
}

public static class TrainingPolicyValidator
{
    public static IReadOnlyList<FieldError> Validate(TrainingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new List<FieldError>();
        if (policy.Levels.Count == 0)
        {
            errors.Add(new("Levels", "Enter at least one training level"));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Levels.Count; i++)
        {
            var level = policy.Levels[i];
            if (string.IsNullOrWhiteSpace(level.Key) || level.Key.Length > 40)
            {
                errors.Add(new($"Levels.{i}.Key", "Enter a key of up to 40 characters for each level"));
            }
            else if (!keys.Add(level.Key))
            {
                errors.Add(new($"Levels.{i}.Key", $"The level key '{level.Key}' is used twice"));
            }

            if (string.IsNullOrWhiteSpace(level.Name) || level.Name.Length > 100)
            {
                errors.Add(new($"Levels.{i}.Name", "Enter a name of up to 100 characters for each level"));
            }

            if (level.Days is < 1 or > 30)
            {
                errors.Add(new($"Levels.{i}.Days", "A level's length must be between 1 and 30 days"));
            }

            if (level.RefresherYears is < 1 or > 20)
            {
                errors.Add(new($"Levels.{i}.RefresherYears", "A refresher must be due after 1 to 20 years, or never"));
            }
        }

        for (var i = 0; i < policy.Levels.Count; i++)
        {
            foreach (var prerequisite in policy.Levels[i].Prerequisites)
            {
                if (!keys.Contains(prerequisite))
                {
                    errors.Add(new($"Levels.{i}.Prerequisites", $"The prerequisite '{prerequisite}' is not a level"));
                }
            }
        }

        if (HasPrerequisiteCycle(policy))
        {
            errors.Add(new("Levels", "A level cannot need itself, directly or through its prerequisites"));
        }

        for (var i = 0; i < policy.Requirements.Count; i++)
        {
            var requirement = policy.Requirements[i];
            if (!keys.Contains(requirement.Level))
            {
                errors.Add(new($"Requirements.{i}.Level", $"The required level '{requirement.Level}' is not a level"));
            }

            if (requirement.WithinMonths is < 0 or > 60)
            {
                errors.Add(new($"Requirements.{i}.WithinMonths", "The grace period must be 0 to 60 months"));
            }

            if (policy.Requirements.Take(i).Any(r => r.Role == requirement.Role && r.Level == requirement.Level))
            {
                errors.Add(new($"Requirements.{i}.Level", "A role needs each level at most once"));
            }
        }

        return errors;
    }

    private static bool HasPrerequisiteCycle(TrainingPolicy policy)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Visit(string key)
        {
            if (state.TryGetValue(key, out var seen))
            {
                return seen == 1;
            }

            state[key] = 1;
            var cycle = policy.Level(key)?.Prerequisites.Any(Visit) ?? false;
            state[key] = 2;
            return cycle;
        }

        return policy.Levels.Any(l => Visit(l.Key));
    }
}
