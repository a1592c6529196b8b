using Consortium.Contracts.Catalogue;

namespace Consortium.Contracts.Disclosure;

/// <summary>
/// The quantities each indicator is built on, named by the catalogue's own wording: REF counts "referrals starting in
/// the period" and REREF12 and REF_NFA divide by the same words, so all three share that quantity. A count has a
/// numerator; a percentage a numerator, a denominator and their complement; a median the number of its items.
/// </summary>
public static class IndicatorQuantities
{
    public static IReadOnlyList<(QuantityRole Role, string Counted)> Of(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Unit switch
        {
            IndicatorUnit.Count => [(QuantityRole.Numerator, Counted(definition.Numerator, definition))],
            IndicatorUnit.Percent =>
            [
                (QuantityRole.Numerator, Counted(definition.Numerator, definition)),
                (QuantityRole.Denominator, Counted(definition.Denominator, definition)),
                (QuantityRole.Complement, ComplementOf(definition)),
            ],
            _ => [(QuantityRole.Denominator, Counted(definition.Denominator, definition))],
        };
    }

    /// <summary>The words of a percentage's complement: what is in its denominator and not in its numerator.</summary>
    public static string ComplementOf(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return $"{Counted(definition.Denominator, definition)}, not {Counted(definition.Numerator, definition)}";
    }

    /// <summary>Whether a year's figure of this quantity is the sum of its quarters' and of its months'.</summary>
    public static bool AddsUpOverPeriods(string counted) => Additive.Contains(counted);

    /// <summary>Every quantity of an indicator that adds up, and the items of every median: events dated in the period.</summary>
    private static readonly HashSet<string> Additive =
    [
        .. IndicatorCatalogue.All.Where(d => d.AddsUpOverPeriods || d.IsMedian).SelectMany(d => Of(d).Select(q => q.Counted)),
    ];

    private static string Counted(string? words, IndicatorDefinition definition) =>
        words ?? definition.Definition;
}
