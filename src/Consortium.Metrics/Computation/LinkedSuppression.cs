using Consortium.Contracts.Disclosure;

namespace Consortium.Metrics.Computation;

/// <summary>
/// Secondary suppression over every linked quantity of an authority at once (each sum over periods, each shared count,
/// each complement, plans open against plans starting and ending), checked the way an attacker would check it: hides
/// the quantities from 1 to the threshold, then, while the <see cref="DisclosureAudit"/> can still narrow a hidden one,
/// hides the smallest other quantity of an identity it is in (non-zero first; further out when those are all hidden).
/// What was published before and is still true cannot be taken back, so it is never chosen; what was never stated of
/// the other periods is kept as wide as a small quantity; a quantity of a period shared now that nothing can protect
/// withholds its period (one of another period that nothing shared now reaches was given away before, not by this share).
/// </summary>
public static class LinkedSuppression
{
    /// <param name="truth">What the authority counted, for the periods it shares now.</param>
    /// <param name="known">What anyone holding the earlier tables already knows: the latest values of the periods not shared now, and every value of a period shared now that was published before and is still true.</param>
    /// <param name="identities">The identities among every period that exists.</param>
    public static LinkedSuppressionResult Apply(
        IReadOnlyDictionary<Quantity, long> truth, IReadOnlyDictionary<Quantity, long> known, IReadOnlyList<Identity> identities, int threshold)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(identities);
        var everything = Merge(known, truth);
        var holding = identities.Where(i => i.HoldsFor(everything)).ToList();
        var containing = holding.SelectMany(i => i.Terms.Select(t => (t.Quantity, Identity: i))).ToLookup(p => p.Quantity, p => p.Identity);
        // What was never stated of the periods not shared now (suppressed, withheld or never shared) stays as wide as a small quantity must.
        var unstated = identities.SelectMany(i => i.Terms).Select(t => t.Quantity).Where(q => !truth.ContainsKey(q) && !known.ContainsKey(q)).ToHashSet();
        var hidden = truth.Where(t => t.Value >= 1 && t.Value <= threshold && !known.ContainsKey(t.Key)).Select(t => t.Key).ToHashSet();
        while (true)
        {
            var exposed = DisclosureAudit.Exposed(Published(truth, known, hidden), holding, threshold, hidden.Concat(unstated))
                .Where(q => !known.ContainsKey(q)).ToList();
            if (exposed.Count == 0)
            {
                return new(hidden, []);
            }

            var added = false;
            foreach (var quantity in exposed)
            {
                if (NearestToHide(quantity, containing, truth, known, hidden) is { } chosen)
                {
                    added |= hidden.Add(chosen);
                }
            }

            if (!added)
            {
                var sharing = truth.Keys.Select(q => q.Period).ToHashSet();
                return new(hidden, [.. exposed.Select(q => q.Period).Where(sharing.Contains).Distinct()]);
            }
        }
    }

    /// <summary>
    /// The smallest quantity that may still be hidden (non-zero first) in an identity with <paramref name="exposed"/>,
    /// or, when there is none, in one with a hidden quantity of those identities, and so on outwards.
    /// </summary>
    private static Quantity? NearestToHide(
        Quantity exposed, ILookup<Quantity, Identity> containing, IReadOnlyDictionary<Quantity, long> truth, IReadOnlyDictionary<Quantity, long> known, HashSet<Quantity> hidden)
    {
        var seen = new HashSet<Quantity> { exposed };
        var frontier = new List<Quantity> { exposed };
        while (frontier.Count > 0)
        {
            var terms = frontier.SelectMany(q => containing[q]).SelectMany(i => i.Terms).Select(t => t.Quantity).Where(seen.Add).ToList();
            var candidates = terms.Where(q => truth.ContainsKey(q) && !hidden.Contains(q) && !known.ContainsKey(q)).ToList();
            if (candidates.Count > 0)
            {
                return candidates.OrderBy(q => truth[q] == 0 ? 1 : 0).ThenBy(q => truth[q]).ThenBy(q => q.Period.Start).ThenBy(q => q.Counted, StringComparer.Ordinal).First();
            }

            frontier = [.. terms.Where(q => !known.ContainsKey(q))];
        }

        return null;
    }

    private static Dictionary<Quantity, long> Published(IReadOnlyDictionary<Quantity, long> truth, IReadOnlyDictionary<Quantity, long> known, HashSet<Quantity> hidden)
    {
        var published = new Dictionary<Quantity, long>(known);
        foreach (var (quantity, value) in truth)
        {
            if (!hidden.Contains(quantity))
            {
                published[quantity] = value;
            }
        }

        return published;
    }

    private static Dictionary<Quantity, long> Merge(IReadOnlyDictionary<Quantity, long> known, IReadOnlyDictionary<Quantity, long> truth)
    {
        var merged = new Dictionary<Quantity, long>(known);
        foreach (var (quantity, value) in truth)
        {
            merged[quantity] = value;
        }

        return merged;
    }
}
