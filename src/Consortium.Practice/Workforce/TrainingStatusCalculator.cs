using Consortium.Practice.Access;

namespace Consortium.Practice.Workforce;

/// <summary>
/// Each person's status on each level, from their role and start date, the policy's requirements and refreshers, and
/// their completions. Pure: the same inputs give the same answer on the given day.
/// </summary>
public static class TrainingStatusCalculator
{
    /// <summary>How long before a completion expires its refresher shows as due.</summary>
    public const int RefresherNoticeMonths = 3;

    public sealed record Person(StaffRole Role, DateOnly StartDate, DateOnly? EndDate);

    public sealed record Completion(string Level, DateOnly CompletedOn);

    public static IReadOnlyList<LevelStatus> StatusOf(TrainingPolicy policy, Person person, IEnumerable<Completion> completions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var held = completions.ToList();
        return [.. policy.Levels.Select(level => StatusOf(policy, level, person, held, today))];
    }

    public static LevelStatus StatusOf(TrainingPolicy policy, TrainingLevel level, Person person, IReadOnlyCollection<Completion> completions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(completions);

        var latest = completions
            .Where(c => c.Level == level.Key && c.CompletedOn <= today)
            .Select(c => (DateOnly?)c.CompletedOn)
            .Max();
        DateOnly? expires = latest is { } done && level.RefresherYears is { } years ? done.AddYears(years) : null;

        var requirement = policy.RequirementsFor(person.Role).FirstOrDefault(r => r.Level == level.Key);
        if (requirement is null || (person.EndDate is { } end && end < today))
        {
            return new(level.Key, TrainingState.NotRequired, null, latest, expires);
        }

        if (latest is not null)
        {
            if (expires is null)
            {
                return new(level.Key, TrainingState.Compliant, null, latest, null);
            }

            if (today < expires.Value.AddMonths(-RefresherNoticeMonths))
            {
                return new(level.Key, TrainingState.Compliant, expires, latest, expires);
            }

            return new(level.Key, today < expires.Value ? TrainingState.Due : TrainingState.Overdue, expires, latest, expires);
        }

        var dueBy = person.StartDate.AddMonths(requirement.WithinMonths);
        return new(level.Key, today <= dueBy ? TrainingState.Due : TrainingState.Overdue, dueBy, null, null);
    }
}
