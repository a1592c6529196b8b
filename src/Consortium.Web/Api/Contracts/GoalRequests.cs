using Consortium.Practice.Goals;
using Consortium.Practice.Outcomes;

namespace Consortium.Web.Api.Contracts;

/// <summary>A new goal in the family's words, with the family's rating at the start (0 to 10) and its date.</summary>
public sealed record GoalRequest(string? Words, int? Score, DateOnly? RatedOn)
{
    public GoalInput ToInput() => new() { Words = Words, Score = Score, RatedOn = RatedOn };
}

/// <summary>A rating at a review or at closure, and the goal's version it was read with.</summary>
public sealed record GoalRatingRequest(int? BasedOnVersion, GoalStage? Stage, int? Score, DateOnly? RatedOn)
{
    public IReadOnlyList<FieldError> Validate() =>
        BasedOnVersion is >= 1 ? [] : [new(nameof(BasedOnVersion), "Send the goal's version it was read with")];

    public RatingInput ToInput() => new() { Stage = Stage, Score = Score, RatedOn = RatedOn };
}
