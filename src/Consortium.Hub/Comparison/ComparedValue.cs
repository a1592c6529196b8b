using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Data;

namespace Consortium.Hub.Comparison;

/// <summary>
/// The number authorities are compared on: the rate per 10,000 children for a count (authorities differ in size),
/// otherwise the headline value. Empty unless the value was available: a suppressed value never takes part.
/// </summary>
public static class ComparedValue
{
    public static decimal? Of(IndicatorDefinition indicator, StoredIndicatorValue? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is not { Status: ValueStatus.Available })
        {
            return null;
        }

        return indicator.HasRate ? value.RatePer10000 : value.Value;
    }

    /// <summary>What the comparison is on, for a column header.</summary>
    public static string Label(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.HasRate ? "rate per 10,000 children" : indicator.IsMedian ? $"median, {indicator.UnitLabel}" : "percentage";
    }
}
