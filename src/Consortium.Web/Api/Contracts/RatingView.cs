using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>One person's score for one pair (or, with no pairId, the map overall), with who they are and why.</summary>
public sealed record RatingView(long Id, Guid? PairId, string PersonName, string PersonRole, string? Agency, int Score, string Why, DateOnly RatedOn, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static RatingView From(SafetyRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return new(rating.Id, rating.PairId, rating.PersonName, rating.PersonRole, rating.Agency, rating.Score, rating.Why, rating.RatedOn, rating.RecordedBy, rating.RecordedAt);
    }
}
