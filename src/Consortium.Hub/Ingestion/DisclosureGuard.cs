using Consortium.Contracts;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;
using Consortium.Hub.Data;

namespace Consortium.Hub.Ingestion;

/// <summary>
/// Defence in depth: before the hub takes a snapshot, the attacker's solver runs over what the hub would then hold
/// for that authority (its latest values of every period of the years concerned, with this snapshot in its period's
/// place), and again with every earlier revision it held. A snapshot that would pin a suppressed quantity to fewer than threshold + 1 values that include a small
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

    /// <summary>
    /// The suppressed quantities that <paramref name="incoming"/> would let anyone narrow, given the latest values
    /// <paramref name="held"/> and every earlier revision the hub held (<paramref name="revisions"/>): the solver runs on
    /// the latest values with the snapshot in its period's place, and again believing, for each quantity they leave
    /// unstated, the value the latest revision that stated it gave (as the attacker of the threat model does).
    /// </summary>
    public static IReadOnlyList<Quantity> WouldDisclose(
        IReadOnlyList<StoredIndicatorValue> held, IndicatorSnapshotPublished incoming, DateOnly today, IReadOnlyList<HeldIndicatorValue>? revisions = null)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(incoming);
        var tables = held.Where(v => v.Period != incoming.Period)
            .GroupBy(v => v.Period)
            .Select(g => incoming with { Period = g.Key, Values = [.. g.Select(ValueOf)] })
            .Append(incoming)
            .ToList();
        var earlier = (revisions ?? [])
            .GroupBy(v => (v.Period, v.ComputedAt))
            .OrderBy(g => g.Key.ComputedAt)
            .Select(g => incoming with { Period = g.Key.Period, ComputedAt = g.Key.ComputedAt, Values = [.. g.Select(ValueOf)] })
            .ToList();

        var published = new Dictionary<Quantity, long>();
        foreach (var (quantity, value) in tables.SelectMany(PublishedQuantities.Of))
        {
            published[quantity] = value;
        }

        var everStated = new Dictionary<Quantity, long>();
        foreach (var (quantity, value) in earlier.SelectMany(PublishedQuantities.Of))
        {
            everStated[quantity] = value;
        }

        var withRevisions = new Dictionary<Quantity, long>(published);
        foreach (var (quantity, value) in everStated)
        {
            withRevisions.TryAdd(quantity, value);
        }

        var suppressed = tables.Concat(earlier).SelectMany(t => t.Values.Where(v => v.Status == ValueStatus.Suppressed)
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
        var identities = LinkedIdentities.Among(periods);
        return [.. DisclosureAudit.Exposed(published, identities, DisclosureAudit.MinimumThreshold, suppressed, contradictionExposesAll: false)
            .Union(DisclosureAudit.Exposed(withRevisions, identities, DisclosureAudit.MinimumThreshold, suppressed, contradictionExposesAll: false))
            .OrderBy(q => q.Period.Start).ThenBy(q => q.Counted, StringComparer.Ordinal)];
    }

    private static IndicatorValue ValueOf(HeldIndicatorValue held) => new()
    {
        Indicator = held.Indicator,
        Status = held.Status,
        Value = held.Value,
        Numerator = held.Numerator,
        Denominator = held.Denominator,
    };

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
