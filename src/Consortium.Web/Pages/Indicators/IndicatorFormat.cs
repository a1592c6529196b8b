using System.Globalization;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;

namespace Consortium.Web.Pages.Indicators;

/// <summary>How an authority's own pages write indicator values: numbers to one place, the Department's symbols otherwise.</summary>
public static class IndicatorFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Shared(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Status switch
        {
            ValueStatus.Suppressed => "c",
            ValueStatus.NotApplicable => "z",
            ValueStatus.Unavailable => "x",
            _ => Headline(IndicatorCatalogue.Get(value.Indicator), value.Value),
        };
    }

    /// <summary>The authority's own figure, before disclosure control: it is its own data.</summary>
    public static string Own(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var definition = IndicatorCatalogue.Get(measure.Indicator);
        if (measure is { Numerator: null, Denominator: null })
        {
            return "not recorded yet";
        }

        return definition.Unit switch
        {
            IndicatorUnit.Count => Number(measure.Numerator ?? 0),
            IndicatorUnit.Percent when measure.Denominator is 0 or null => "none to count",
            IndicatorUnit.Percent => Headline(definition, Math.Round(measure.Numerator!.Value * 100m / measure.Denominator!.Value, 1, MidpointRounding.AwayFromZero)),
            _ when measure.Samples is not { Count: > 0 } => "none to count",
            _ => Headline(definition, Math.Round(Percentiles.Of([.. measure.Samples.Order()], 0.5m), 1, MidpointRounding.AwayFromZero)),
        };
    }

    public static string Basis(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var definition = IndicatorCatalogue.Get(measure.Indicator);
        return definition.Unit switch
        {
            IndicatorUnit.Percent when measure.Denominator is > 0 => $"{Number(measure.Numerator ?? 0)} of {Number(measure.Denominator.Value)}",
            IndicatorUnit.MedianWorkingDays or IndicatorUnit.MedianPoints when measure.Samples is { Count: > 0 } => $"of {Number(measure.Samples.Count)}",
            _ => "",
        };
    }

    public static string Number(long value) => value.ToString("N0", English);

    private static string Headline(IndicatorDefinition definition, decimal? value) => value is not { } v ? "" : definition.Unit switch
    {
        IndicatorUnit.Count => v.ToString("N0", English),
        IndicatorUnit.Percent => v.ToString("0.0", English) + "%",
        IndicatorUnit.MedianWorkingDays => v.ToString("0.#", English) + " working days",
        _ => v.ToString("0.#", English) + " points",
    };
}
