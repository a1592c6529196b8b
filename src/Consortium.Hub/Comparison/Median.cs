namespace Consortium.Hub.Comparison;

public static class Median
{
    /// <summary>The middle value, or the mean of the two middle values; empty when there are none.</summary>
    public static decimal? Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
