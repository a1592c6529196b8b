using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;

namespace Consortium.Hub.Comparison;

/// <summary>One period of an authority's trend: its value, the median of all authorities and its comparator groups' means that period, and any flag.</summary>
public sealed record TrendPoint(ReportingPeriod Period, StoredIndicatorValue Value, decimal? Compared, decimal? Median, Comparators Comparators, DataQualityFlag? Flag);
