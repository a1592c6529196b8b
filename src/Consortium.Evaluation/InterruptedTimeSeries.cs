using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Consortium.Evaluation;

/// <summary>
/// Interrupted time series by segmented regression:
/// Y = b0 + b1·time + b2·after + b3·(time − intervention)·after, where after = 1 from the intervention time on.
/// b0 is the level (at time 0), b1 the trend before, b2 the change in level at the intervention and b3 the change in trend.
/// </summary>
public static class InterruptedTimeSeries
{
    /// <summary>The stated minimum: at least three points on each side (the Cochrane EPOC criterion for a time series).</summary>
    public const int DefaultMinimumPointsEachSide = 3;

    public static InterruptedTimeSeriesResult Fit(
        IEnumerable<Observation> series,
        double interventionTime,
        Quantity quantity,
        int minimumPointsEachSide = DefaultMinimumPointsEachSide,
        double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumPointsEachSide, 2);
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence));
        }

        var points = series.Where(o => double.IsFinite(o.Value) && double.IsFinite(o.Time)).OrderBy(o => o.Time).ToList();
        var before = points.Count(o => o.Time < interventionTime);
        var after = points.Count - before;
        if (before < minimumPointsEachSide || after < minimumPointsEachSide)
        {
            return InterruptedTimeSeriesResult.Refused(interventionTime, minimumPointsEachSide, before, after,
                $"The series of {quantity.Name} is too short to estimate: it has {before} point{(before == 1 ? "" : "s")} before " +
                $"the intervention and {after} after, and at least {minimumPointsEachSide} are needed on each side.");
        }

        var n = points.Count;
        var x = Matrix<double>.Build.Dense(n, 4, (i, j) =>
        {
            var t = points[i].Time;
            var isAfter = t >= interventionTime ? 1.0 : 0.0;
            return j switch { 0 => 1.0, 1 => t, 2 => isAfter, _ => (t - interventionTime) * isAfter };
        });
        var y = Vector<double>.Build.Dense(n, i => points[i].Value);
        var before2 = points.Where(o => o.Time < interventionTime).Select(o => o.Time).Distinct().Count();
        var after2 = points.Where(o => o.Time >= interventionTime).Select(o => o.Time).Distinct().Count();
        if (before2 < 2 || after2 < 2)
        {
            return InterruptedTimeSeriesResult.Refused(interventionTime, minimumPointsEachSide, before, after,
                $"The series of {quantity.Name} needs at least two different times on each side of the intervention to fit a trend.");
        }

        var beta = x.QR().Solve(y);
        var residuals = y - x * beta;
        var df = n - 4;
        var sse = residuals.DotProduct(residuals);
        var sigma2 = sse / df;
        var covariance = x.TransposeThisAndMultiply(x).Inverse() * sigma2;
        var tCritical = StudentT.InvCDF(0, 1, df, 1 - (1 - confidence) / 2);
        Estimate Coefficient(int j)
        {
            var se = Math.Sqrt(covariance[j, j]);
            return new Estimate(beta[j], se, new Interval(beta[j] - tCritical * se, beta[j] + tCritical * se));
        }

        var levelChange = Coefficient(2);
        var trendChange = Coefficient(3);
        var range = points.Max(o => o.Value) - points.Min(o => o.Value);
        var tooNoisy = levelChange.Interval.Width > range;
        var fitted = points.Select((o, i) => new Observation(o.Time, (x.Row(i) * beta))).ToList();
        var sentence = Describe(quantity, levelChange, trendChange, tooNoisy, range, confidence);
        return new InterruptedTimeSeriesResult(
            true, null, interventionTime, minimumPointsEachSide, before, after,
            Coefficient(0), Coefficient(1), levelChange, trendChange,
            Math.Sqrt(sigma2), df, tCritical, tooNoisy, fitted, sentence);
    }

    private static string Describe(Quantity quantity, Estimate level, Estimate trend, bool tooNoisy, double range, double confidence)
    {
        var percent = $"{confidence * 100:0.#}%";
        if (tooNoisy)
        {
            return $"The series of {quantity.Name} is too noisy to say whether it changed at the intervention: the {percent} interval " +
                   $"for the change in level ({quantity.Show(level.Interval.Lower)} to {quantity.Show(level.Interval.Upper)}) is wider " +
                   $"than the whole range of the values ({quantity.Show(range)}).";
        }

        return Wording.Change(quantity, $"the level of {quantity.Name} at the intervention", level.Value, level.Interval, percent) + " " +
               Wording.Change(quantity with { ChangeUnit = PerTime(quantity.ChangeUnit) },
                   $"the trend of {quantity.Name} after the intervention", trend.Value, trend.Interval, percent);
    }

    private static string PerTime(string unit) => string.IsNullOrEmpty(unit) ? "per period" : $"{unit} per period";
}

public sealed record InterruptedTimeSeriesResult(
    bool Estimated,
    string? Refusal,
    double InterventionTime,
    int MinimumPointsEachSide,
    int PointsBefore,
    int PointsAfter,
    Estimate? Level,
    Estimate? Trend,
    Estimate? LevelChange,
    Estimate? TrendChange,
    double? ResidualStandardError,
    int DegreesOfFreedom,
    double? TCritical,
    bool TooNoisy,
    IReadOnlyList<Observation> Fitted,
    string Sentence)
{
    internal static InterruptedTimeSeriesResult Refused(double intervention, int minimum, int before, int after, string reason) =>
        new(false, reason, intervention, minimum, before, after, null, null, null, null, null, 0, null, false, [], reason);

    /// <summary>The fitted line at a time (null when refused).</summary>
    public double? Predict(double time)
    {
        if (!Estimated)
        {
            return null;
        }

        var after = time >= InterventionTime;
        return Level!.Value + Trend!.Value * time + (after ? LevelChange!.Value + TrendChange!.Value * (time - InterventionTime) : 0);
    }

    /// <summary>The pre-intervention line carried on: what the fit says would have happened without the change.</summary>
    public double? Counterfactual(double time) => Estimated ? Level!.Value + Trend!.Value * time : null;
}
