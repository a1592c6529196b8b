namespace Consortium.Contracts.Disclosure;

/// <summary>
/// The promise, checked: no quantity whose true value is from 1 to the threshold can be worked out exactly, or
/// narrowed to fewer than threshold + 1 possible values, from what was published and the identities between them.
/// </summary>
public static class DisclosureAudit
{
    /// <summary>
    /// The small quantities of <paramref name="truth"/> that <paramref name="published"/> gives away; every small
    /// quantity when the published values contradict the identities, since nothing can then be said to be safe.
    /// </summary>
    /// <param name="unstated">Quantities never stated whose true value is not at hand: each is kept as wide as a small one must be.</param>
    public static IReadOnlyList<Quantity> Exposed(
        IReadOnlyDictionary<Quantity, long> truth, IReadOnlyDictionary<Quantity, long> published, IReadOnlyList<Identity> identities, int threshold,
        IEnumerable<Quantity>? unstated = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var small = truth.Where(t => t.Value >= 1 && t.Value <= threshold).Select(t => t.Key)
            .Concat((unstated ?? []).Where(q => !truth.ContainsKey(q) && !published.ContainsKey(q))).ToList();
        var intervals = IntervalSolver.Solve(published, identities);
        if (intervals is null)
        {
            return small;
        }

        return [.. small.Where(q => intervals.TryGetValue(q, out var known) && Narrow(known, threshold))];
    }

    /// <summary>Fewer than threshold + 1 possible values.</summary>
    public static bool Narrow(Interval known, int threshold) => known.Width is { } width && width < threshold + 1;
}
