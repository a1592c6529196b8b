using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;

namespace Consortium.Metrics.Computation;

/// <summary>
/// Primary suppression: turns what was counted into what may leave the authority. A count from 1 to the threshold is
/// suppressed, and so is every percentage, rate or median built on one, and every percentage whose complement (33 of
/// 34 on time says 1 was late) is one; a median needs threshold + 1 items; a true zero stays 0. Nothing suppressed
/// carries a number the hub could re-derive it from. What the published cells give away together is
/// <see cref="LinkedSuppression"/>'s work.
/// </summary>
public static class DisclosureControl
{
    /// <summary>The Department's rule for children's social care: counts of 1 to 5 are suppressed. An authority may go higher, never lower.</summary>
    public const int MinimumThreshold = DisclosureAudit.MinimumThreshold;

    public static IndicatorValue Apply(Measure measure, int threshold, int childrenAged0To17)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var limit = Math.Max(threshold, MinimumThreshold);
        var definition = IndicatorCatalogue.Get(measure.Indicator);
        return definition.Unit switch
        {
            _ when measure is { Numerator: null, Denominator: null } => Marker(measure.Indicator, ValueStatus.Unavailable),
            IndicatorUnit.Count => CountValue(measure, limit, childrenAged0To17),
            IndicatorUnit.Percent => PercentValue(measure, limit),
            _ => MedianValue(measure, limit),
        };
    }

    private static bool Disclosive(long? count, int limit) => count is > 0 && count <= limit;

    private static IndicatorValue CountValue(Measure measure, int limit, int population)
    {
        var count = measure.Numerator ?? 0;
        if (Disclosive(count, limit))
        {
            return Marker(measure.Indicator, ValueStatus.Suppressed);
        }

        return new IndicatorValue
        {
            Indicator = measure.Indicator,
            Status = ValueStatus.Available,
            Value = count,
            Numerator = count,
            RatePer10000 = population > 0 ? Round(count * 10_000m / population) : null,
        };
    }

    private static IndicatorValue PercentValue(Measure measure, int limit)
    {
        var numerator = measure.Numerator ?? 0;
        var denominator = measure.Denominator ?? 0;
        if (Disclosive(numerator, limit) || Disclosive(denominator, limit) || Disclosive(denominator - numerator, limit))
        {
            return Marker(measure.Indicator, ValueStatus.Suppressed);
        }

        if (denominator == 0)
        {
            return Marker(measure.Indicator, ValueStatus.NotApplicable);
        }

        return new IndicatorValue
        {
            Indicator = measure.Indicator,
            Status = ValueStatus.Available,
            Value = Round(numerator * 100m / denominator),
            Numerator = numerator,
            Denominator = denominator,
        };
    }

    private static IndicatorValue MedianValue(Measure measure, int limit)
    {
        var samples = measure.Samples ?? [];
        if (Disclosive(samples.Count, limit))
        {
            return Marker(measure.Indicator, ValueStatus.Suppressed);
        }

        if (samples.Count == 0)
        {
            return Marker(measure.Indicator, ValueStatus.NotApplicable);
        }

        var sorted = samples.Order().ToList();
        return new IndicatorValue
        {
            Indicator = measure.Indicator,
            Status = ValueStatus.Available,
            Value = Round(Percentiles.Of(sorted, 0.5m)),
            LowerQuartile = Round(Percentiles.Of(sorted, 0.25m)),
            UpperQuartile = Round(Percentiles.Of(sorted, 0.75m)),
            Denominator = sorted.Count,
        };
    }

    private static IndicatorValue Marker(IndicatorCode indicator, ValueStatus status) => new() { Indicator = indicator, Status = status };

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
