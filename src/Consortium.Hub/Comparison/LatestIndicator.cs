using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;

namespace Consortium.Hub.Comparison;

/// <summary>One indicator in an authority's latest period: its value, its rank and band among the authorities that period, and its comparator groups' means.</summary>
public sealed record LatestIndicator(IndicatorDefinition Indicator, StoredIndicatorValue? Value, decimal? Compared, RankAndBand? Rank, int ComparedCount, decimal? Median, Comparators Comparators);
