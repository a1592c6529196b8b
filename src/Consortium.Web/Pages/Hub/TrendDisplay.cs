using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Comparison;
using Consortium.Hub.Published;
using Consortium.Hub.Trends;

namespace Consortium.Web.Pages.Hub;

/// <summary>How the trend tables show a figure: published ones as published (symbols kept), shared ones as the hub holds them.</summary>
public static class TrendDisplay
{
    /// <summary>A published number compared on (a count's rate, otherwise the value), or its symbol; <c>x</c> where nothing was published.</summary>
    public static string Compared(IndicatorDefinition indicator, PublishedYearValue? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.HasRate ? EnglandDisplay.Rate(value) : EnglandDisplay.Value(indicator, value);
    }

    /// <summary>A shared figure's number compared on, or its symbol.</summary>
    public static string Compared(IndicatorDefinition indicator, SharedPoint point)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(point);
        return indicator.HasRate
            ? HubFormat.OneDecimal(point.Value.RatePer10000, point.Value.Status)
            : HubDisplay.Headline(indicator, point.Value);
    }

    /// <summary>A published figure's own column in a file: as published, <c>x</c> where nothing was.</summary>
    public static string ForFile(PublishedYearValue? value) => value?.Value ?? HubFormat.NotAvailable;

    public static string SharedForFile(IndicatorDefinition indicator, SharedPoint point)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(point);
        return HubFormat.ForFile(point.Value.Value, indicator.HasRate ? 0 : 1, point.Value.Status);
    }

    public static string SharedComparedForFile(SharedPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return HubFormat.ForFile(point.Compared, 1, point.Value.Status == ValueStatus.Available && point.Compared is null ? ValueStatus.Unavailable : point.Value.Status);
    }
}
