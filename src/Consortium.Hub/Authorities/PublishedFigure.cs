using Consortium.Contracts;
using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Authorities;

/// <summary>
/// A figure the Department published for an authority or England and a reporting year, against the catalogue
/// indicator it corresponds to. <see cref="Value"/> is empty when the Department published <c>c</c>.
/// </summary>
public sealed record PublishedFigure(string AreaCode, string AreaName, ReportingPeriod Year, IndicatorCode Indicator, decimal? Value)
{
    public bool IsSuppressed => Value is null;
}
