using Consortium.Practice.Casework;

namespace Consortium.Practice.Audits;

/// <summary>A case that may be drawn: open, not restricted, not audited in the last twelve months.</summary>
public sealed record SampleCandidate(Guid CaseId, Guid ChildId, string Reference, string Team, CaseStage Stage, string WorkerSubject, string WorkerName);

/// <summary>
/// Draws a month's random sample: for each team, <c>perTeam</c> cases (or all it has), spread over the stages in
/// proportion to the team's open cases at each (largest remainder), at random within a stage. The same seed and the
/// same candidates always give the same sample.
/// </summary>
public static class AuditSampler
{
    public static IReadOnlyList<SampleCandidate> Draw(IEnumerable<SampleCandidate> candidates, int perTeam, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var random = new Random(seed);
        var drawn = new List<SampleCandidate>();
        foreach (var team in candidates.GroupBy(c => c.Team).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var strata = team.GroupBy(c => c.Stage).OrderBy(g => g.Key).Select(g => g.OrderBy(c => c.CaseId).ToList()).ToList();
            var total = strata.Sum(s => s.Count);
            var take = Math.Min(perTeam, total);
            foreach (var (stratum, count) in strata.Zip(Shares(strata.Select(s => s.Count).ToList(), total, take)))
            {
                drawn.AddRange(Pick(stratum, count, random));
            }
        }

        return drawn;
    }

    /// <summary>How many of <paramref name="take"/> each stratum gets: its proportional share, the remainder to the largest fractions.</summary>
    private static int[] Shares(IReadOnlyList<int> sizes, int total, int take)
    {
        var exact = sizes.Select(s => (double)s * take / total).ToList();
        var shares = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = take - shares.Sum();
        foreach (var index in exact.Select((e, i) => (Fraction: e - Math.Floor(e), Index: i)).OrderByDescending(x => x.Fraction).ThenBy(x => x.Index).Take(left))
        {
            shares[index.Index]++;
        }

        return shares;
    }

    /// <summary>A partial Fisher-Yates shuffle: the first <paramref name="count"/> after it.</summary>
    private static IEnumerable<SampleCandidate> Pick(List<SampleCandidate> stratum, int count, Random random)
    {
        var items = stratum.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, items.Length);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items.Take(count);
    }
}
