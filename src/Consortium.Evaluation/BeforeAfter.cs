using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Consortium.Evaluation;

/// <summary>The mean of the values in a window before and in a window after, and the change.</summary>
/// <param name="Interval">Welch's t interval for the change, when each window has at least two values and they vary; otherwise null.</param>
public sealed record BeforeAfterResult(
    Window Before,
    Window After,
    int CountBefore,
    int CountAfter,
    double? MeanBefore,
    double? MeanAfter,
    double? Change,
    Interval? Interval,
    string Sentence);

public static class BeforeAfter
{
    public static BeforeAfterResult Compare(IEnumerable<Observation> series, Window before, Window after, Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(quantity);
        var points = series.Where(o => double.IsFinite(o.Value)).ToList();
        var b = points.Where(o => before.Contains(o.Time)).Select(o => o.Value).ToArray();
        var a = points.Where(o => after.Contains(o.Time)).Select(o => o.Value).ToArray();
        if (b.Length == 0 || a.Length == 0)
        {
            var missing = b.Length == 0 ? $"before ({before})" : $"after ({after})";
            return new BeforeAfterResult(before, after, b.Length, a.Length, b.Length == 0 ? null : b.Mean(),
                a.Length == 0 ? null : a.Mean(), null, null,
                $"Cannot compare {quantity.Name}: there is no value in the window {missing}.");
        }

        var meanBefore = b.Mean();
        var meanAfter = a.Mean();
        var change = meanAfter - meanBefore;
        var interval = WelchInterval(b, a, change);
        var means = $"{Wording.Capitalise(quantity.Name)} averaged {quantity.Show(meanBefore)} over {before} ({Count(b.Length)}) " +
                    $"and {quantity.Show(meanAfter)} over {after} ({Count(a.Length)}), a change of {Wording.Signed(quantity, change)}. ";
        var judgement = interval is null
            ? "Too few values, or values too alike, to say whether that is more than the year-to-year variation."
            : Wording.Change(quantity, "the mean", change, interval);
        return new BeforeAfterResult(before, after, b.Length, a.Length, meanBefore, meanAfter, change, interval, means + judgement);
    }

    private static string Count(int n) => n == 1 ? "1 value" : $"{n} values";

    /// <summary>Welch's two-sample t interval (unequal variances, Welch–Satterthwaite degrees of freedom).</summary>
    internal static Interval? WelchInterval(double[] before, double[] after, double change, double confidence = 0.95)
    {
        if (before.Length < 2 || after.Length < 2)
        {
            return null;
        }

        var vb = before.Variance() / before.Length;
        var va = after.Variance() / after.Length;
        var se = Math.Sqrt(vb + va);
        if (!(se > 0))
        {
            return null;
        }

        var df = Math.Pow(vb + va, 2) / (vb * vb / (before.Length - 1) + va * va / (after.Length - 1));
        var t = StudentT.InvCDF(0, 1, df, 1 - (1 - confidence) / 2);
        return new Interval(change - t * se, change + t * se);
    }
}
