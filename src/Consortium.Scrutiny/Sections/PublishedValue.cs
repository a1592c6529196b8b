using System.Globalization;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// An indicator's value as the report prints it: after the authority's disclosure control, because a committee's
/// papers are published (a count from 1 to the threshold, or anything built on one, is c; z not applicable; x not recorded).
/// </summary>
internal static class PublishedValue
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Text(IndicatorValue value) => value.Status switch
    {
        ValueStatus.Suppressed => "c",
        ValueStatus.NotApplicable => "z",
        ValueStatus.Unavailable => "x",
        _ => value.Value is { } v ? Number(IndicatorCatalogue.Get(value.Indicator).Unit, (double)v) : "",
    };

    public static double? Number(IndicatorValue value) =>
        value is { Status: ValueStatus.Available, Value: { } v } ? (double)v : null;

    public static string Number(IndicatorUnit unit, double value) => unit switch
    {
        IndicatorUnit.Count => value.ToString("N0", English),
        IndicatorUnit.Percent => value.ToString("0.0", English) + "%",
        IndicatorUnit.MedianWorkingDays => value.ToString("0.#", English) + " working days",
        _ => value.ToString("0.#", English) + " points",
    };
}
