using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Comparison;
using Consortium.Hub.Published;

namespace Consortium.Hub.Trends;

/// <summary>
/// An authority's published years of a catalogue indicator's series beside England's, its region's and its ten
/// statistical neighbours' mean, all read from the set in memory: each series is looked up once, then indexed by year.
/// </summary>
public sealed record PublishedSeries(IReadOnlyList<PublishedYearPoint> Points, ReportingPeriod? FormedIn, IReadOnlyList<PublishedPredecessor> Predecessors)
{
    public static PublishedSeries Of(PublishedSet set, PublishedIndicatorMapping mapping, string areaCode)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.Series is not { } series)
        {
            return new PublishedSeries([], null, []);
        }

        var compared = mapping.RateSeries ?? series;
        var ownTrend = set.Trend(areaCode, series);
        var own = ByYear(ownTrend);
        var rate = mapping.RateSeries is { } rateSeries ? ByYear(set.Trend(areaCode, rateSeries)) : null;
        var england = ByYear(set.Trend(PublishedSet.EnglandCode, compared));
        var region = set.RegionOf(areaCode) is { } r ? ByYear(set.Trend(r.Code, compared)) : [];
        var neighbours = set.NeighboursOf(areaCode).Select(n => ByYear(set.Trend(n.Code, compared))).ToList();
        var indicator = IndicatorCatalogue.Get(mapping.Indicator);
        var years = own.Keys.Union(england.Keys).Order().ToList();
        var points = years.Select(year =>
        {
            var value = own.GetValueOrDefault(year);
            var rateValue = rate?.GetValueOrDefault(year);
            var period = ReportingPeriod.Year(year - 1);
            return new PublishedYearPoint(
                period,
                value,
                rateValue,
                rate is null ? value?.Number : rateValue?.Number,
                england.GetValueOrDefault(year),
                region.GetValueOrDefault(year),
                GroupMean.Of(neighbours.Select(n => n.GetValueOrDefault(year)?.Number), neighbours.Count),
                MovementCheck.Check(indicator, period.Previous(), own.GetValueOrDefault(year - 1)?.Number, value?.Number));
        }).ToList();
        var formedIn = ownTrend.FirstYearAfterBreak is { } first ? ReportingPeriod.Year(first - 1) : null;
        return new PublishedSeries(points, formedIn, ownTrend.Predecessors);
    }

    private static Dictionary<int, PublishedYearValue> ByYear(PublishedTrend trend) => trend.Points.ToDictionary(p => p.Year);
}
