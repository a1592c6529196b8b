using Consortium.Contracts.Catalogue;
using Consortium.Contracts;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Consortium.Hub.Published;

namespace Consortium.Hub.Comparison;

/// <summary>An indicator and period across every authority the hub knows, in name order, with the median and England.</summary>
public sealed record ComparisonTable(
    IndicatorDefinition Indicator,
    ReportingPeriod Period,
    IReadOnlyList<ReportingPeriod> PeriodsWithData,
    IReadOnlyList<ComparisonRow> Rows,
    decimal? Median,
    PublishedFigure? England,
    decimal? EnglandRate)
{
    public int ComparedCount => Rows.Count(r => r.Compared is not null);

    public bool HasData => Rows.Any(r => r.Value is not null);
}
