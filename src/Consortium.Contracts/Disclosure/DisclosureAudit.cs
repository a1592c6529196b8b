namespace Consortium.Contracts.Disclosure;

/// <summary>
/// The promise, checked: no quantity that is not stated can be narrowed, from what was published and the identities
/// between them, to fewer than threshold + 1 possible values that include one from 1 to the threshold. The authority
/// checks its shares with it and the hub checks what it receives.
/// </summary>
public static class DisclosureAudit
{
    /// <summary>The Department's rule for children's social care: counts of 1 to 5 are suppressed. An authority may go higher, never lower.</summary>
    public const int MinimumThreshold = 5;

    /// <summary>
    /// The quantities of <paramref name="unstated"/> that <paramref name="published"/> gives away. When the published
    /// values contradict the identities (figures of different days), all of them with <paramref name="contradictionExposesAll"/>
    /// (the authority, which then hides more), otherwise none (the hub, which holds whatever arrived last and must not
    /// refuse a share for the order messages came in).
    /// </summary>
    public static IReadOnlyList<Quantity> Exposed(
        IReadOnlyDictionary<Quantity, long> published, IReadOnlyList<Identity> identities, int threshold, IEnumerable<Quantity> unstated,
        bool contradictionExposesAll = true)
    {
        ArgumentNullException.ThrowIfNull(unstated);
        var hidden = unstated.Where(q => !published.ContainsKey(q)).ToList();
        // A sum whose every term is stated and that does not add up mixes figures of different days: it tells nobody anything.
        var intervals = IntervalSolver.Solve(published, [.. identities.Where(i => i.HoldsFor(published))]);
        if (intervals is null)
        {
            return contradictionExposesAll ? hidden : [];
        }

        return [.. hidden.Where(q => intervals.TryGetValue(q, out var known) && GivesAway(known, threshold))];
    }

    /// <summary>Fewer than threshold + 1 possible values, among them one from 1 to the threshold (a quantity pinned to 0 gives nothing away).</summary>
    public static bool GivesAway(Interval known, int threshold) => known.Low <= threshold && known.High is not 0 && Narrow(known, threshold);

    /// <summary>Fewer than threshold + 1 possible values.</summary>
    public static bool Narrow(Interval known, int threshold) => known.Width is { } width && width < threshold + 1;
}
