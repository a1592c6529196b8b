using Consortium.Contracts;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;
using Consortium.Hub.Data;

namespace Consortium.Hub.Ingestion;

/// <summary>
/// Defence in depth: before the hub takes a snapshot, the attacker's solver runs over what the hub would then hold
/// for that authority (its latest values of every period of the years concerned, with this snapshot in its period's
/// place). A snapshot that would pin a suppressed quantity to fewer than threshold + 1 values that include a small
/// one is not taken, so an authority's bug never becomes a disclosure.
/// </summary>
public static class DisclosureGuard
{
    /// <summary>The years whose values the check reads: the snapshot's reporting year and the ones either side.</summary>
    public static (DateOnly From, DateOnly To) Span(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (ReportingPeriod.Year(period.ReportingYear - 1).Start, ReportingPeriod.Year(period.ReportingYear + 1).End);
    }

    /// <summary>The suppressed quantities that <paramref name="incoming"/> would let anyone narrow, given <paramref name="held"/>.</summary>
    public static IReadOnlyList<Quantity> WouldDisclose(IReadOnlyList<StoredIndicatorValue> held, IndicatorSnapshotPublished incoming, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(incoming);
        var tables = held.Where(v => v.Period != incoming.Period)
            .GroupBy(v => v.Period)
            .Select(g => incoming with { Period = g.Key, Values = [.. g.Select(ValueOf)] })
            .Append(incoming)
            .ToList();

        var published = new Dictionary<Quantity, long>();
        foreach (var (quantity, value) in tables.SelectMany(PublishedQuantities.Of))
        {
            published[quantity] = value;
        }

        var suppressed = tables.SelectMany(t => t.Values.Where(v => v.Status == ValueStatus.Suppressed)
                .SelectMany(v => IndicatorQuantities.Of(Contracts.Catalogue.IndicatorCatalogue.Get(v.Indicator)))
                .Select(q => new Quantity(t.Period, q.Counted)))
            .Where(q => !published.ContainsKey(q))
            .ToHashSet();
        if (suppressed.Count == 0)
        {
            return [];
        }

        var (from, to) = Span(incoming.Period);
        var periods = Enumerable.Range(from.Year, to.Year - from.Year)
            .SelectMany(ReportingPeriod.YearWithItsParts)
            .Where(p => p.Start <= today || tables.Any(t => t.Period == p));
        return [.. DisclosureAudit.Exposed(published, LinkedIdentities.Among(periods), DisclosureAudit.MinimumThreshold, suppressed, contradictionExposesAll: false)
            .OrderBy(q => q.Period.Start).ThenBy(q => q.Counted, StringComparer.Ordinal)];
    }

    private static IndicatorValue ValueOf(StoredIndicatorValue stored) => new()
    {
        Indicator = stored.Indicator,
        Status = stored.Status,
        Value = stored.Value,
        Numerator = stored.Numerator,
        Denominator = stored.Denominator,
        RatePer10000 = stored.RatePer10000,
        LowerQuartile = stored.LowerQuartile,
        UpperQuartile = stored.UpperQuartile,
    };
}
