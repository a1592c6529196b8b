using Consortium.Hub.Comparison;
using Consortium.Hub.Published;

namespace Consortium.Hub.England;

/// <summary>
/// An authority's ten statistical neighbours (the Department's published groupings, closest first) with their
/// published values for a series and year, and the mean of the numbers compared over those with one, with how many of
/// the ten it rests on. Symbols are kept and left out of the mean.
/// </summary>
public sealed record NeighbourFigures(IReadOnlyList<NeighbourValue> Neighbours, GroupMean Mean)
{
    public static NeighbourFigures Of(PublishedSet set, PublishedIndicatorMapping mapping, string areaCode, int year)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.Series is not { } series)
        {
            return new NeighbourFigures([], GroupMean.Of([], 0));
        }

        var neighbours = set.NeighboursOf(areaCode).Select(n =>
        {
            var value = set.Trend(n.Code, series).Points.FirstOrDefault(p => p.Year == year);
            var compared = mapping.RateSeries is { } rate ? set.Trend(n.Code, rate).Points.FirstOrDefault(p => p.Year == year)?.Number : value?.Number;
            return new NeighbourValue(n.Rank, n.Code, n.Name, value, compared);
        }).ToList();
        return new NeighbourFigures(neighbours, GroupMean.Of(neighbours.Select(n => n.Compared), 10));
    }
}
