using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Goals;

/// <summary>A later rating of a goal: at a review, or at closure.</summary>
public sealed record RatingInput
{
    public GoalStage? Stage { get; init; }
    public int? Score { get; init; }
    public DateOnly? RatedOn { get; init; }

    /// <summary>Problems with the rating given the goal's ratings so far (<paramref name="goal"/>).</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today, DateOnly referred, FamilyGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var problems = new List<FieldError>();
        if (Stage is not (GoalStage.Review or GoalStage.Closure))
        {
            problems.Add(new(nameof(Stage), "Select whether this rating is at a review or at closure"));
        }

        if (goal.IsClosed)
        {
            problems.Add(new(nameof(Stage), "This goal was rated at closure; it takes no more ratings"));
        }

        problems.AddRange(ScoreAndDateProblems(Score, RatedOn, today, referred, goal.Latest?.RatedOn));
        return problems;
    }

    internal static IEnumerable<FieldError> ScoreAndDateProblems(int? score, DateOnly? ratedOn, DateOnly today, DateOnly referred, DateOnly? earliest)
    {
        if (score is not (>= 0 and <= 10))
        {
            yield return new(nameof(Score), "Enter the family's rating, a whole number from 0 to 10");
        }

        if (ratedOn is not { } on)
        {
            yield return new(nameof(RatedOn), "Enter the date of the rating");
        }
        else if (on > today)
        {
            yield return new(nameof(RatedOn), "The date of the rating cannot be in the future");
        }
        else if (on < referred)
        {
            yield return new(nameof(RatedOn), "The date of the rating cannot be before the referral");
        }
        else if (earliest is { } previous && on < previous)
        {
            yield return new(nameof(RatedOn), "The date of the rating cannot be before the goal's last rating");
        }
    }
}
