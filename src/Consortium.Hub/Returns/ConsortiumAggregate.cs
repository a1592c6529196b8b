using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Comparison;
using Consortium.Hub.Data;

namespace Consortium.Hub.Returns;

/// <summary>
/// The consortium row of a return: counts summed and percentages and rates recomputed from the sums, only when every
/// member's figure is available; as the Department rounds England's and regions' totals, the consortium's counts,
/// numerators and denominators are rounded to the nearest 10 (its percentages and rates come from the exact sums). If any member's was suppressed the total is <c>c</c> too (otherwise the suppressed
/// figure could be worked out from the total and the others); if any is missing, <c>x</c>. Medians cannot be combined: <c>z</c>.
/// </summary>
internal static class ConsortiumAggregate
{
    public static string Cell(ReturnColumn column, IReadOnlyList<HubAuthority> members, Func<HubAuthority, StoredIndicatorValue?> valueOf)
    {
        if (column.Measure is ReturnMeasure.Median or ReturnMeasure.LowerQuartile or ReturnMeasure.UpperQuartile)
        {
            return HubFormat.NotApplicable;
        }

        var values = members.Select(valueOf).ToList();
        if (values.Any(v => v?.Status == ValueStatus.Suppressed))
        {
            return HubFormat.Suppressed;
        }

        if (values.Count == 0 || values.Any(v => v is null || v.Status == ValueStatus.Unavailable))
        {
            return HubFormat.NotAvailable;
        }

        if (values.All(v => v!.Status == ValueStatus.NotApplicable))
        {
            return HubFormat.NotApplicable;
        }

        if (values.Any(v => v!.Status != ValueStatus.Available))
        {
            return HubFormat.NotAvailable;
        }

        return column.Measure switch
        {
            ReturnMeasure.Count => Sum(values, v => v.Value) is { } total ? HubFormat.ForFile(ToNearest10(total), 0) : HubFormat.NotAvailable,
            ReturnMeasure.RatePer10000 => Sum(values, v => v.Value) is { } total && members.Sum(m => (long)m.Children) is > 0 and var children
                ? HubFormat.ForFile(total * 10_000m / children, 1)
                : HubFormat.NotAvailable,
            ReturnMeasure.Numerator => Sum(values, v => v.Numerator) is { } numerator ? HubFormat.ForFile(ToNearest10(numerator), 0) : HubFormat.NotAvailable,
            ReturnMeasure.Denominator => Sum(values, v => v.Denominator) is { } denominator ? HubFormat.ForFile(ToNearest10(denominator), 0) : HubFormat.NotAvailable,
            _ => Sum(values, v => v.Numerator) is { } n && Sum(values, v => v.Denominator) is { } d
                ? d == 0 ? HubFormat.NotApplicable : HubFormat.ForFile(n * 100m / d, 1)
                : HubFormat.NotAvailable,
        };
    }

    private static decimal ToNearest10(decimal total) => Math.Round(total / 10m, MidpointRounding.AwayFromZero) * 10m;

    private static decimal? Sum(IEnumerable<StoredIndicatorValue?> values, Func<StoredIndicatorValue, decimal?> number)
    {
        decimal total = 0;
        foreach (var value in values)
        {
            if (number(value!) is not { } n)
            {
                return null;
            }

            total += n;
        }

        return total;
    }
}
