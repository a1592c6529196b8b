using Consortium.Contracts.Catalogue;
using Consortium.Hub.Comparison;
using Consortium.Hub.Published;

namespace Consortium.Web.Pages.Hub;

/// <summary>How the England comparison shows a published value: a number formatted as the indicator's, a symbol as published.</summary>
public static class EnglandDisplay
{
    public static string Value(IndicatorDefinition indicator, PublishedYearValue? value) =>
        value is null ? HubFormat.NotAvailable : value.Number is { } number ? HubFormat.ForDisplay(indicator, number) : value.Value;

    public static string Rate(PublishedYearValue? value) =>
        value is null ? HubFormat.NotAvailable : value.Number is { } number ? HubFormat.OneDecimal(number) : value.Value;

    /// <summary>The number compared, for a page: a count's rate, otherwise the value.</summary>
    public static string Compared(IndicatorDefinition indicator, decimal? compared)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return compared is null ? HubFormat.NotAvailable : indicator.HasRate ? HubFormat.OneDecimal(compared) : HubFormat.ForDisplay(indicator, compared);
    }
}
