using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Consortium.Evaluation;

/// <summary>A unit of comparison (an authority) and its series.</summary>
public sealed record Unit(string Name, IReadOnlyList<Observation> Series);

/// <summary>A unit's value in each window: the mean of the values it has there, or null when it has none.</summary>
public sealed record UnitWindows(string Name, double? Before, double? After);

/// <summary>A group's window values: the mean over its units that have a value in that window, and how many were left out.</summary>
public sealed record GroupWindows(
    IReadOnlyList<UnitWindows> Units, double? Before, double? After, int LeftOutBefore, int LeftOutAfter)
{
    public double? Change => Before is { } b && After is { } a ? a - b : null;
}

public sealed record DifferenceInDifferencesResult(
    Window Before,
    Window After,
    GroupWindows Treated,
    GroupWindows Comparison,
    double? Estimate,
    Interval? Interval,
    int Resamples,
    int Seed,
    string Sentence);

/// <summary>
/// Difference in differences: (treated after − treated before) − (comparison after − comparison before).
/// Each unit's value in a window is the mean of the values it has there; each group's value in a window is the mean over its
/// units (each unit weighted equally), units with no value in a window left out of that window and counted.
/// The interval is a percentile bootstrap over the comparison units: the comparison units are drawn with replacement, the
/// estimate recomputed, and the central 95% of the estimates taken; seeded, so the same inputs give the same interval.
/// </summary>
public static class DifferenceInDifferences
{
    public const int DefaultResamples = 2000;
    public const int DefaultSeed = 20141001;

    public static GroupWindows Summarise(IEnumerable<Unit> units, Window before, Window after)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rows = units.Select(u => new UnitWindows(u.Name, MeanIn(u.Series, before), MeanIn(u.Series, after))).ToList();
        return Group(rows);
    }

    public static DifferenceInDifferencesResult Estimate(
        IEnumerable<Unit> treated,
        IEnumerable<Unit> comparison,
        Window before,
        Window after,
        Quantity quantity,
        int resamples = DefaultResamples,
        int seed = DefaultSeed,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 100);
        var t = Summarise(treated, before, after);
        var c = Summarise(comparison, before, after);
        if (t.Change is not { } treatedChange || c.Change is not { } comparisonChange)
        {
            var group = t.Change is null ? "the treated group" : "the comparison group";
            return new DifferenceInDifferencesResult(before, after, t, c, null, null, resamples, seed,
                $"Cannot compare {quantity.Name}: {group} has no value in one of the windows.");
        }

        var estimate = treatedChange - comparisonChange;
        var random = new Xoshiro256StarStar(seed);
        var units = c.Units;
        var draws = new List<double>(resamples);
        var sample = new UnitWindows[units.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = units[random.Next(units.Count)];
            }

            if (Group(sample).Change is { } drawn)
            {
                draws.Add(treatedChange - drawn);
            }
        }

        var sorted = draws.ToArray();
        Array.Sort(sorted);
        var tail = (1 - confidence) / 2;
        var interval = new Interval(SortedArrayStatistics.Quantile(sorted, tail), SortedArrayStatistics.Quantile(sorted, 1 - tail));
        var percent = $"{confidence * 100:0.#}%";
        var sentence =
            $"{Wording.Capitalise(quantity.Name)} changed by {Wording.Signed(quantity, treatedChange)} between {before} and {after} " +
            $"({Units(t)}) and by {Wording.Signed(quantity, comparisonChange)} in the comparison group ({Units(c)}). " +
            Wording.Change(quantity, $"{quantity.Name} relative to the comparison group", estimate, interval, percent);
        return new DifferenceInDifferencesResult(before, after, t, c, estimate, interval, resamples, seed, sentence);
    }

    private static string Units(GroupWindows g)
    {
        var text = $"{g.Units.Count} authorit{(g.Units.Count == 1 ? "y" : "ies")}";
        if (g.LeftOutBefore + g.LeftOutAfter == 0)
        {
            return text;
        }

        return $"{text}; left out for want of a value: {g.LeftOutBefore} before, {g.LeftOutAfter} after";
    }

    private static GroupWindows Group(IReadOnlyList<UnitWindows> rows)
    {
        var b = rows.Where(r => r.Before is not null).Select(r => r.Before!.Value).ToArray();
        var a = rows.Where(r => r.After is not null).Select(r => r.After!.Value).ToArray();
        return new GroupWindows(rows, b.Length == 0 ? null : b.Mean(), a.Length == 0 ? null : a.Mean(),
            rows.Count - b.Length, rows.Count - a.Length);
    }

    private static double? MeanIn(IReadOnlyList<Observation> series, Window window)
    {
        var values = series.Where(o => window.Contains(o.Time) && double.IsFinite(o.Value)).Select(o => o.Value).ToArray();
        return values.Length == 0 ? null : values.Mean();
    }
}
