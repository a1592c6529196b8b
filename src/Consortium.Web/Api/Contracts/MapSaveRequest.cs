using Consortium.Practice.Maps;

namespace Consortium.Web.Api.Contracts;

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
