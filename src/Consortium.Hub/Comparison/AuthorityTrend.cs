using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;

namespace Consortium.Hub.Comparison;

/// <summary>An authority's values of one indicator over the periods of one kind, oldest first, and the Department's published series.</summary>
public sealed record AuthorityTrend(
    HubAuthority Authority,
    IndicatorDefinition Indicator,
    PeriodKind Kind,
    IReadOnlyList<TrendPoint> Points,
    IReadOnlyList<PublishedPoint> Published);
