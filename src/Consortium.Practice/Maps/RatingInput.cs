using Consortium.Practice.Outcomes;
namespace Consortium.Practice.Maps;

/// <summary>One person's score, as entered.</summary>
public sealed record RatingInput
{
    public const int MaxWhy = 2000;

    public Guid? PairId { get; init; }
    public string? PersonName { get; init; }
    public string? PersonRole { get; init; }
    public string? Agency { get; init; }
    public int? Score { get; init; }
    public string? Why { get; init; }
    public DateOnly? RatedOn { get; init; }

    public IReadOnlyList<FieldError> Validate(DateOnly today, IReadOnlyCollection<Guid> pairIds)
    {
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(PersonName) || PersonName.Length > 100)
        {
            problems.Add(new(nameof(PersonName), "Enter the name of the person giving the score, up to 100 characters"));
        }

        if (string.IsNullOrWhiteSpace(PersonRole) || PersonRole.Length > 60)
        {
            problems.Add(new(nameof(PersonRole), "Enter who they are (for example mother, child, social worker), up to 60 characters"));
        }

        if (Agency is { Length: > 100 })
        {
            problems.Add(new(nameof(Agency), "Agency must be 100 characters or fewer"));
        }

        if (Score is not (>= 0 and <= 10))
        {
            problems.Add(new(nameof(Score), "Enter a score from 0 to 10"));
        }

        if (string.IsNullOrWhiteSpace(Why) || Why.Length > MaxWhy)
        {
            problems.Add(new(nameof(Why), $"Say why they gave this score, up to {MaxWhy} characters"));
        }

        if (RatedOn is not { } on || on > today)
        {
            problems.Add(new(nameof(RatedOn), "Enter the date of the score; it cannot be in the future"));
        }

        if (PairId is { } pair && !pairIds.Contains(pair))
        {
            problems.Add(new(nameof(PairId), "Choose a statement from this map, or the map overall"));
        }

        return problems;
    }
}
