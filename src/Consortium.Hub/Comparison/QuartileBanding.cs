using Consortium.Contracts.Catalogue;

namespace Consortium.Hub.Comparison;

/// <summary>
/// LAIT's ranks and quartile bands. Only values that were available take part (a suppressed or missing value is
/// neither ranked nor counted), and nothing is ranked where the indicator has no polarity. Higher is better for
/// "high", lower for "low". Tied values share the lower rank number (1, 2, 2, 4), and so the same band. The band
/// comes from the rank: A when fewer than a quarter of the others rank above, and so on.
/// </summary>
public static class QuartileBanding
{
    public static IReadOnlyDictionary<TKey, RankAndBand> Rank<TKey>(IEnumerable<(TKey Key, decimal Value)> values, Polarity polarity)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(values);
        if (polarity == Polarity.None)
        {
            return new Dictionary<TKey, RankAndBand>();
        }

        var ordered = polarity == Polarity.High
            ? values.OrderByDescending(v => v.Value).ToList()
            : values.OrderBy(v => v.Value).ToList();
        var result = new Dictionary<TKey, RankAndBand>(ordered.Count);
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i == 0 || ordered[i].Value != ordered[i - 1].Value)
            {
                rank = i + 1;
            }

            result[ordered[i].Key] = new RankAndBand(rank, Band(rank, ordered.Count));
        }

        return result;
    }

    /// <summary>A for ranks in the first quarter of <paramref name="count"/>, B the second, C the third, D the rest.</summary>
    public static char Band(int rank, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, count);
        return (char)('A' + Math.Min(3, (rank - 1) * 4 / count));
    }
}
