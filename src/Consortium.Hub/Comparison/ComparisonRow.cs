using Consortium.Contracts.Catalogue;
using Consortium.Contracts;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Consortium.Hub.Published;

namespace Consortium.Hub.Comparison;

/// <summary>
/// One authority's line of a comparison: its value, rank and band, the Department's published figure, its statistical
/// neighbours' and region's means, any flag.
/// </summary>
public sealed record ComparisonRow(
    HubAuthority Authority,
    StoredIndicatorValue? Value,
    decimal? Compared,
    RankAndBand? Rank,
    PublishedFigure? Published,
    Comparators Comparators,
    DataQualityFlag? Flag);
