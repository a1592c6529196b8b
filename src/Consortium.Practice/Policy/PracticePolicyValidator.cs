using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;

namespace Consortium.Practice.Policy;

/// <summary>The rules a policy must meet before it is saved or used: each setting's own, from <see cref="PolicySettings"/>.</summary>
public static class PracticePolicyValidator
{
    public static IReadOnlyList<FieldError> Validate(PracticePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<FieldError>();
        foreach (var setting in PolicySettings.All)
        {
            if (setting.ProblemIn(policy) is { } message)
            {
                problems.Add(new(setting.Path, message));
            }
        }

        foreach (var type in Enum.GetValues<RecordType>().Where(t => policy.Retention.GetValueOrDefault(t) is null))
        {
            problems.Add(new($"Retention.{type}", $"Enter a retention rule for {RetentionSettings.Describe(type)} records"));
        }

        return problems;
    }
}
