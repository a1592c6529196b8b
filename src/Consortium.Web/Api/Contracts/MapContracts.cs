using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

/// <summary>The versions of a case's map, latest first; only the latest can be changed.</summary>
public sealed record MapVersionList(Guid CaseId, IReadOnlyList<MapVersionSummary> Versions);

/// <summary>One version of a case's map, without its content.</summary>
public sealed record MapVersionSummary(Guid Id, int Version, DateOnly MapDate, MapKind Kind, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static MapVersionSummary From(SafetyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(map.Id, map.Version, map.MapDate, map.Kind, map.UpdatedBy, map.UpdatedAt);
    }
}

/// <summary>
/// A version of a case's map: its categories, its statements paired with goals (in the authority's own words for
/// the map's kind), its next steps and every person's rating. Its ETag header is what a save must send as If-Match.
/// </summary>
public sealed record MapDetail(
    Guid Id,
    Guid CaseId,
    string CaseReference,
    ChildSummary Child,
    int Version,
    bool IsLatest,
    DateOnly MapDate,
    MapKind Kind,
    string StatementLabel,
    string GoalLabel,
    string HarmStatement,
    string ComplicatingFactors,
    string ExistingStrengths,
    string ExistingSafety,
    IReadOnlyList<MapPairView> Pairs,
    IReadOnlyList<NextStepView> NextSteps,
    IReadOnlyList<RatingView> Ratings,
    string UpdatedBy,
    DateTimeOffset UpdatedAt)
{
    public static MapDetail From(MapView view, (string Statement, string Goal) labels)
    {
        ArgumentNullException.ThrowIfNull(view);
        var map = view.Map;
        return new(
            map.Id,
            map.CaseId,
            view.Case.Reference,
            new ChildSummary(view.Child.Id, view.Child.Reference, view.Child.FullName),
            map.Version,
            view.IsLatest,
            map.MapDate,
            map.Kind,
            labels.Statement,
            labels.Goal,
            map.HarmStatement,
            map.ComplicatingFactors,
            map.ExistingStrengths,
            map.ExistingSafety,
            [.. map.Pairs.Select(p => new MapPairView(p.Id, p.Statement, p.Goal))],
            [.. map.NextSteps.Select(s => new NextStepView(s.What, s.Who, s.Due, s.Done))],
            [.. view.Ratings.Select(RatingView.From)],
            map.UpdatedBy,
            map.UpdatedAt);
    }
}

/// <summary>A danger (or worry) statement and the safety (or wellbeing) goal that answers it.</summary>
public sealed record MapPairView(Guid Id, string Statement, string Goal);

/// <summary>An owned, dated action toward the goals.</summary>
public sealed record NextStepView(string What, string Who, DateOnly? Due, bool Done);

/// <summary>One person's score for one pair (or, with no pairId, the map overall), with who they are and why.</summary>
public sealed record RatingView(long Id, Guid? PairId, string PersonName, string PersonRole, string? Agency, int Score, string Why, DateOnly RatedOn, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static RatingView From(SafetyRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        return new(rating.Id, rating.PairId, rating.PersonName, rating.PersonRole, rating.Agency, rating.Score, rating.Why, rating.RatedOn, rating.RecordedBy, rating.RecordedAt);
    }
}

/// <summary>
/// The body of a map save: the whole content of the map, as the edit page has it. A pair sent with its id keeps
/// its ratings; one without an id is new. Leaving kind out keeps the map's kind.
/// </summary>
public sealed record MapSaveRequest(
    DateOnly? MapDate,
    MapKind? Kind,
    string? HarmStatement,
    string? ComplicatingFactors,
    string? ExistingStrengths,
    string? ExistingSafety,
    IReadOnlyList<MapPairRequest?>? Pairs,
    IReadOnlyList<NextStepRequest?>? NextSteps)
{
    public MapInput ToInput(MapKind current) => new()
    {
        MapDate = MapDate,
        Kind = Kind ?? current,
        HarmStatement = HarmStatement,
        ComplicatingFactors = ComplicatingFactors,
        ExistingStrengths = ExistingStrengths,
        ExistingSafety = ExistingSafety,
        Pairs = [.. (Pairs ?? []).Select(p => (p?.Id, p?.Statement, p?.Goal))],
        NextSteps = [.. (NextSteps ?? []).Select(s => (s?.What, s?.Who, s?.Due, s?.Done ?? false))],
    };
}

/// <summary>A statement and its goal as sent; id for a pair the map already has.</summary>
public sealed record MapPairRequest(Guid? Id, string? Statement, string? Goal);

/// <summary>A next step as sent.</summary>
public sealed record NextStepRequest(string? What, string? Who, DateOnly? Due, bool? Done);
