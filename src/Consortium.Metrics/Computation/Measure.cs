using Consortium.Contracts.Catalogue;

namespace Consortium.Metrics.Computation;

/// <summary>
/// What the database counted for one indicator, before disclosure control: a count, a fraction, or the values a
/// median is taken over. Never leaves the authority as it is.
/// </summary>
public sealed record Measure(IndicatorCode Indicator, long? Numerator, long? Denominator, IReadOnlyList<decimal>? Samples = null)
{
    public static Measure Count(IndicatorCode indicator, long count) => new(indicator, count, null);

    public static Measure Fraction(IndicatorCode indicator, long numerator, long denominator) => new(indicator, numerator, denominator);

    public static Measure Median(IndicatorCode indicator, IReadOnlyList<decimal> samples) => new(indicator, null, samples.Count, samples);

    /// <summary>The data this needs is not recorded by this authority's product yet.</summary>
    public static Measure Unavailable(IndicatorCode indicator) => new(indicator, null, null);
}
