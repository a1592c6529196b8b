using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Goals;

/// <summary>A new goal as the family put it, with the family's rating at the start.</summary>
public sealed record GoalInput
{
    public const int MaxWords = 1000;

    public string? Words { get; init; }
    public int? Score { get; init; }
    public DateOnly? RatedOn { get; init; }

    public IReadOnlyList<FieldError> Validate(DateOnly today, DateOnly referred)
    {
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Words))
        {
            problems.Add(new(nameof(Words), "Write the goal in the family's own words"));
        }
        else if (Words.Length > MaxWords)
        {
            problems.Add(new(nameof(Words), $"The goal must be {MaxWords} characters or fewer"));
        }

        problems.AddRange(RatingInput.ScoreAndDateProblems(Score, RatedOn, today, referred, earliest: null));
        return problems;
    }
}
