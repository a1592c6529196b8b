using Consortium.Contracts;
using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Published;

/// <summary>
/// A figure the Department published for an area and a reporting year, against the catalogue indicator it corresponds
/// to. <see cref="Symbol"/> is the value exactly as published; <see cref="Value"/> is empty when that was a symbol
/// (<c>c</c>, <c>x</c>, <c>z</c>, <c>low</c>, <c>u</c>).
/// </summary>
public sealed record PublishedFigure(string AreaCode, string AreaName, ReportingPeriod Year, IndicatorCode Indicator, decimal? Value, string Symbol)
{
    public bool IsSuppressed => Value is null;
}
