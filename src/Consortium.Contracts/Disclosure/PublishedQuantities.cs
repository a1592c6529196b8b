using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;

namespace Consortium.Contracts.Disclosure;

/// <summary>The quantities a snapshot states exactly, as whoever holds it reads them.</summary>
public static class PublishedQuantities
{
    public static IEnumerable<(Quantity Quantity, long Value)> Of(IndicatorSnapshotPublished snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var value in snapshot.Values)
        {
            if (!IndicatorCatalogue.TryGet(value.Indicator, out var definition))
            {
                continue;
            }

            foreach (var (role, counted) in IndicatorQuantities.Of(definition))
            {
                if (Stated(value, role, definition.Unit) is { } stated)
                {
                    yield return (new Quantity(snapshot.Period, counted), stated);
                }
            }
        }
    }

    private static long? Stated(IndicatorValue value, QuantityRole role, IndicatorUnit unit) => value.Status switch
    {
        ValueStatus.NotApplicable => 0,
        ValueStatus.Available => role switch
        {
            QuantityRole.Numerator => value.Numerator ?? (unit == IndicatorUnit.Count ? (long?)value.Value : null),
            QuantityRole.Denominator => value.Denominator,
            _ => value.Denominator - value.Numerator,
        },
        _ => null,
    };
}
