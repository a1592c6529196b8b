namespace Consortium.Practice.Audits;

/// <summary>How often one auditor's grades stood at moderation: the share agreed and, over enough audits, a weighted kappa.</summary>
public sealed record AuditorAgreement(string Auditor, int Moderated, int Agreed, double? Kappa)
{
    /// <summary>Fewer moderated audits than this give no kappa: it would say more than the audits do.</summary>
    public const int KappaFrom = 10;

    public double Share => Moderated == 0 ? 0 : (double)Agreed / Moderated;

    /// <summary>
    /// Linearly weighted Cohen's kappa between the auditor's grades and the moderators' on a scale of
    /// <paramref name="grades"/> grades: 1 is full agreement, 0 what chance alone gives. Null where it cannot be told
    /// (too few audits, or every grade the same so chance already agrees fully).
    /// </summary>
    public static double? WeightedKappa(IReadOnlyList<(int Auditor, int Moderator)> pairs, int grades)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count < KappaFrom || grades < 2)
        {
            return null;
        }

        var n = (double)pairs.Count;
        var rows = new double[grades];
        var columns = new double[grades];
        var observed = 0.0;
        foreach (var (a, m) in pairs)
        {
            rows[a - 1]++;
            columns[m - 1]++;
            observed += Weight(a, m, grades);
        }

        observed /= n;
        var expected = 0.0;
        for (var i = 0; i < grades; i++)
        {
            for (var j = 0; j < grades; j++)
            {
                expected += Weight(i + 1, j + 1, grades) * rows[i] / n * columns[j] / n;
            }
        }

        return expected >= 1 ? null : Math.Round((observed - expected) / (1 - expected), 3);
    }

    public static IReadOnlyList<AuditorAgreement> For(IEnumerable<(string Auditor, int Grade, int Moderated)> audits, int grades) =>
        [.. audits.GroupBy(a => a.Auditor, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AuditorAgreement(g.Key, g.Count(), g.Count(a => a.Grade == a.Moderated), WeightedKappa([.. g.Select(a => (a.Grade, a.Moderated))], grades)))];

    private static double Weight(int a, int b, int grades) => 1.0 - (Math.Abs(a - b) / (double)(grades - 1));
}
