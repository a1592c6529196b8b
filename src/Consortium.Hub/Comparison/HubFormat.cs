using System.Globalization;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;

namespace Consortium.Hub.Comparison;

/// <summary>
/// Numbers as the hub shows and exports them: counts whole, percentages, rates and medians to 1 decimal place, and the
/// Department's symbols where there is no number: <c>c</c> suppressed, <c>z</c> not applicable, <c>x</c> not available
/// (including nothing received).
/// </summary>
public static class HubFormat
{
    public const string Suppressed = "c";
    public const string NotApplicable = "z";
    public const string NotAvailable = "x";

    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public static string Symbol(ValueStatus? status) => status switch
    {
        ValueStatus.Suppressed => Suppressed,
        ValueStatus.NotApplicable => NotApplicable,
        _ => NotAvailable,
    };

    /// <summary>For a page: thousands separated, percentages with their sign.</summary>
    public static string ForDisplay(IndicatorDefinition indicator, decimal? value, ValueStatus? status = ValueStatus.Available)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (status != ValueStatus.Available || value is not { } number)
        {
            return Symbol(status == ValueStatus.Available ? null : status);
        }

        return indicator.Unit switch
        {
            IndicatorUnit.Count => number.ToString("#,0", Display),
            IndicatorUnit.Percent => number.ToString("0.0", Display) + "%",
            _ => number.ToString("0.0", Display),
        };
    }

    /// <summary>For a rate per 10,000 or any one-decimal figure on a page.</summary>
    public static string OneDecimal(decimal? value, ValueStatus? status = ValueStatus.Available) =>
        status != ValueStatus.Available || value is not { } number ? Symbol(status == ValueStatus.Available ? null : status) : number.ToString("#,0.0", Display);

    public static string Whole(long? value, ValueStatus? status = ValueStatus.Available) =>
        status != ValueStatus.Available || value is not { } number ? Symbol(status == ValueStatus.Available ? null : status) : number.ToString("#,0", Display);

    /// <summary>For a CSV file: no separators or signs, invariant, a symbol where there is no number.</summary>
    public static string ForFile(decimal? value, int decimals, ValueStatus? status = ValueStatus.Available)
    {
        if (status != ValueStatus.Available || value is not { } number)
        {
            return Symbol(status == ValueStatus.Available ? null : status);
        }

        return Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture);
    }
}
