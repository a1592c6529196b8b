using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;
using Consortium.Hub.Published;

namespace Consortium.Hub.Trends;

/// <summary>
/// An authority's series from the Department's first published year: its published values beside England's, its
/// region's and its ten statistical neighbours' mean, then the figures it shared with the hub (periods of one kind).
/// When it was formed by a reorganisation, <see cref="FormedIn"/> is its first year and the authorities it replaced
/// are in <see cref="Predecessors"/>, never joined into its line.
/// </summary>
public sealed record LongTrend(
    HubAuthority Authority,
    IndicatorDefinition Indicator,
    PublishedIndicatorMapping Mapping,
    PeriodKind Kind,
    string RegionName,
    IReadOnlyList<PublishedYearPoint> Published,
    IReadOnlyList<SharedPoint> Shared,
    ReportingPeriod? FormedIn,
    IReadOnlyList<PublishedPredecessor> Predecessors)
{
    /// <summary>The last day of the last published year: where published ends and shared begins.</summary>
    public DateOnly? PublishedEnd => Published.Count == 0 ? null : Published[^1].Year.End;
}

/// <summary>
/// One published year: the authority's value as published (and for a count its published rate), the number compared
/// (the rate for a count, otherwise the value; none for a symbol), England's and the region's published number compared
/// on the same terms, the mean of the ten neighbours' published numbers with how many it rests on, and a flag when the
/// published value moved implausibly since the year before (<see cref="MovementCheck"/>).
/// </summary>
public sealed record PublishedYearPoint(
    ReportingPeriod Year,
    PublishedYearValue? Value,
    PublishedYearValue? Rate,
    decimal? Compared,
    PublishedYearValue? England,
    PublishedYearValue? Region,
    GroupMean Neighbours,
    DataQualityFlag? Flag = null);

/// <summary>
/// A period the authority shared with the hub, the number it is compared on (none unless available), and a flag when
/// its value moved implausibly since the period before (<see cref="MovementCheck"/>).
/// </summary>
public sealed record SharedPoint(ReportingPeriod Period, StoredIndicatorValue Value, decimal? Compared, DataQualityFlag? Flag = null);

/// <summary>Every member's long trend for one indicator and period kind, for the small multiples.</summary>
public sealed record MemberTrends(IndicatorDefinition Indicator, PublishedIndicatorMapping Mapping, PeriodKind Kind, IReadOnlyList<LongTrend> Members);
