namespace Consortium.Metrics.Computation;

/// <summary>Percentiles by linear interpolation between closest ranks (Excel's PERCENTILE.INC), so the median of an even count is the mean of the middle two.</summary>
public static class Percentiles
{
    public static decimal Of(IReadOnlyList<decimal> sorted, decimal fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("There is nothing to take a percentile of.", nameof(sorted));
        }

        var position = fraction * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
