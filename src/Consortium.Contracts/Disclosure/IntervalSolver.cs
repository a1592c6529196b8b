namespace Consortium.Contracts.Disclosure;

/// <summary>
/// Narrows what can be known of each quantity from the values published and the identities between them, as an
/// attacker would: every quantity is a whole number of zero or more; a published one is exactly its value; each
/// identity bounds each of its terms by the bounds of the others, until nothing narrows further.
/// </summary>
public static class IntervalSolver
{
    private const long Unbounded = long.MaxValue / 4;

    /// <summary>
    /// The interval of every quantity named in <paramref name="identities"/> or <paramref name="known"/>; null when the
    /// values contradict the identities (a revision mixed with figures of another day).
    /// </summary>
    public static IReadOnlyDictionary<Quantity, Interval>? Solve(IReadOnlyDictionary<Quantity, long> known, IReadOnlyList<Identity> identities)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(identities);
        var index = new Dictionary<Quantity, int>();
        int Index(Quantity q)
        {
            if (!index.TryGetValue(q, out var i))
            {
                i = index.Count;
                index[q] = i;
            }

            return i;
        }

        var equations = identities.Select(identity => identity.Terms.Select(t => (Variable: Index(t.Quantity), t.Sign)).ToArray()).ToList();
        foreach (var quantity in known.Keys)
        {
            Index(quantity);
        }

        var low = new long[index.Count];
        var high = new long[index.Count];
        Array.Fill(high, Unbounded);
        foreach (var (quantity, value) in known)
        {
            low[index[quantity]] = high[index[quantity]] = value;
        }

        if (!Propagate(equations, low, high, index.Count))
        {
            return null;
        }

        return index.ToDictionary(p => p.Key, p => new Interval(low[p.Value], high[p.Value] >= Unbounded ? null : high[p.Value]));
    }

    private static bool Propagate(List<(int Variable, int Sign)[]> equations, long[] low, long[] high, int variables)
    {
        var uses = new List<int>[variables];
        for (var v = 0; v < variables; v++)
        {
            uses[v] = [];
        }

        for (var e = 0; e < equations.Count; e++)
        {
            foreach (var (variable, _) in equations[e])
            {
                uses[variable].Add(e);
            }
        }

        var queue = new Queue<int>(Enumerable.Range(0, equations.Count));
        var queued = new bool[equations.Count];
        Array.Fill(queued, true);
        while (queue.TryDequeue(out var e))
        {
            queued[e] = false;
            var terms = equations[e];
            foreach (var (variable, sign) in terms)
            {
                // sign * x = -(sum of the others), so x lies within the others' range, negated when sign is +1.
                var (othersLow, othersHigh) = RangeOfOthers(terms, variable, low, high);
                var (from, to) = sign > 0 ? (Negate(othersHigh), Negate(othersLow)) : (othersLow, othersHigh);
                var narrowed = false;
                if (from > low[variable])
                {
                    low[variable] = from;
                    narrowed = true;
                }

                if (to < high[variable])
                {
                    high[variable] = to;
                    narrowed = true;
                }

                if (low[variable] > high[variable])
                {
                    return false;
                }

                if (narrowed)
                {
                    foreach (var other in uses[variable].Where(o => o != e && !queued[o]))
                    {
                        queued[other] = true;
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The least and greatest the signed sum of every term but <paramref name="skip"/> can be; ±Unbounded for no limit.</summary>
    private static (long Low, long High) RangeOfOthers((int Variable, int Sign)[] terms, int skip, long[] low, long[] high)
    {
        long sumLow = 0, sumHigh = 0;
        bool lowUnbounded = false, highUnbounded = false;
        foreach (var (variable, sign) in terms)
        {
            if (variable == skip)
            {
                continue;
            }

            var unbounded = high[variable] >= Unbounded;
            if (sign > 0)
            {
                sumLow += low[variable];
                highUnbounded |= unbounded;
                sumHigh += unbounded ? 0 : high[variable];
            }
            else
            {
                lowUnbounded |= unbounded;
                sumLow -= unbounded ? 0 : high[variable];
                sumHigh -= low[variable];
            }
        }

        return (lowUnbounded ? -Unbounded : sumLow, highUnbounded ? Unbounded : sumHigh);
    }

    private static long Negate(long value) => value >= Unbounded ? -Unbounded : value <= -Unbounded ? Unbounded : -value;
}
