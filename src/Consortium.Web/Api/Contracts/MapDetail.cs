using Consortium.Practice.Maps;
using Consortium.Practice.Policy;

namespace Consortium.Web.Api.Contracts;

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
    bool IsDraft,
    DateOnly MapDate,
    MapKind Kind,
    string StatementLabel,
    string GoalLabel,
    ScaleWording Scale,
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
    public static MapDetail From(MapView view, (string Statement, string Goal) labels, SafetyScalePolicy scale)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(scale);
        var map = view.Map;
        return new(
            map.Id,
            map.CaseId,
            view.Case.Reference,
            new ChildSummary(view.Child.Id, view.Child.Reference, view.Child.FullName),
            map.Version,
            view.IsLatest,
            map.IsDraft,
            map.MapDate,
            map.Kind,
            labels.Statement,
            labels.Goal,
            new ScaleWording(scale.ZeroAnchor, scale.TenAnchor),
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

/// <summary>What 0 and 10 mean on the safety scale, in the authority's own words.</summary>
public sealed record ScaleWording(string Zero, string Ten);
