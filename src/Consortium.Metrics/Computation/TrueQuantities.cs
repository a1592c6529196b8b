using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;

namespace Consortium.Metrics.Computation;

/// <summary>What the authority counted for a period, as the quantities disclosure control reasons about. Never leaves it.</summary>
public static class TrueQuantities
{
    public static IEnumerable<(Quantity Quantity, long Value)> Of(ReportingPeriod period, IEnumerable<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        foreach (var measure in measures)
        {
            if (measure is { Numerator: null, Denominator: null })
            {
                continue;
            }

            foreach (var (role, counted) in IndicatorQuantities.Of(IndicatorCatalogue.Get(measure.Indicator)))
            {
                var value = role switch
                {
                    QuantityRole.Numerator => measure.Numerator ?? 0,
                    QuantityRole.Denominator => measure.Denominator ?? 0,
                    _ => (measure.Denominator ?? 0) - (measure.Numerator ?? 0),
                };
                yield return (new Quantity(period, counted), value);
            }
        }
    }
}
