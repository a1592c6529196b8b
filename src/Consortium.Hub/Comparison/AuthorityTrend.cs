using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;

namespace Consortium.Hub.Comparison;

/// <summary>One period of an authority's trend: its value, the median of all authorities and its comparator groups' means that period, and any flag.</summary>
public sealed record TrendPoint(ReportingPeriod Period, StoredIndicatorValue Value, decimal? Compared, decimal? Median, Comparators Comparators, DataQualityFlag? Flag);

/// <summary>A published figure of the authority with any flag on its movement from the year before.</summary>
public sealed record PublishedPoint(PublishedFigure Figure, DataQualityFlag? Flag);

/// <summary>An authority's values of one indicator over the periods of one kind, oldest first, and the Department's published series.</summary>
public sealed record AuthorityTrend(
    HubAuthority Authority,
    IndicatorDefinition Indicator,
    PeriodKind Kind,
    IReadOnlyList<TrendPoint> Points,
    IReadOnlyList<PublishedPoint> Published);

/// <summary>One indicator in an authority's latest period: its value, its rank and band among the authorities that period, and its comparator groups' means.</summary>
public sealed record LatestIndicator(IndicatorDefinition Indicator, StoredIndicatorValue? Value, decimal? Compared, RankAndBand? Rank, int ComparedCount, decimal? Median, Comparators Comparators);

/// <summary>Every indicator of an authority for its latest period of a kind.</summary>
public sealed record AuthorityLatest(HubAuthority Authority, ReportingPeriod? Period, IReadOnlyList<LatestIndicator> Indicators);
