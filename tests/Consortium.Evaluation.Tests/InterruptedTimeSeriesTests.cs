using Consortium.Evaluation;

namespace Consortium.Evaluation.Tests;

public class InterruptedTimeSeriesTests
{
    private static readonly Quantity Percent = new("re-referrals", "percentage points");

    // Times 1..8, intervention at 5 (after = 1 for t >= 5).
    // Before: 10, 12, 11, 13. After: 9, 8, 8, 6.
    private static readonly Observation[] Series =
    [
        new(1, 10), new(2, 12), new(3, 11), new(4, 13),
        new(5, 9), new(6, 8), new(7, 8), new(8, 6),
    ];

    // Hand computation. With a separate level and slope on each side, the segmented model's least squares fit is the
    // ordinary least squares line on each side separately.
    // Before: tbar = 2.5, Sxx = 2.25+0.25+0.25+2.25 = 5, ybar = 11.5,
    //   Sxy = (-1.5)(-1.5)+(-0.5)(0.5)+(0.5)(-0.5)+(1.5)(1.5) = 4, slope = 4/5 = 0.8, intercept = 11.5 - 0.8*2.5 = 9.5.
    //   Fitted 10.3, 11.1, 11.9, 12.7; residuals -0.3, 0.9, -0.9, 0.3; SSE = 0.09+0.81+0.81+0.09 = 1.8.
    // After: tbar = 6.5, Sxx = 5, ybar = 7.75, Sxy = (-1.5)(1.25)+(-0.5)(0.25)+(0.5)(0.25)+(1.5)(-1.75) = -4.5,
    //   slope = -0.9; line at 5 = 7.75 + 0.9*1.5 = 9.1. Fitted 9.1, 8.2, 7.3, 6.4; residuals -0.1, -0.2, 0.7, -0.4;
    //   SSE = 0.01+0.04+0.49+0.16 = 0.7.
    // b0 = 9.5, b1 = 0.8, b2 = 9.1 - (9.5 + 0.8*5) = 9.1 - 13.5 = -4.4, b3 = -0.9 - 0.8 = -1.7.
    // s^2 = (1.8 + 0.7) / (8 - 4) = 0.625.
    // SE(b0) = sqrt(0.625 * (1/4 + 2.5^2/5)) = sqrt(0.9375) = 0.968246.
    // SE(b1) = sqrt(0.625 / 5) = sqrt(0.125) = 0.353553.
    // SE(b2) = sqrt(0.625 * ((1/4 + (5-6.5)^2/5) + (1/4 + (5-2.5)^2/5))) = sqrt(0.625 * (0.7 + 1.5)) = sqrt(1.375) = 1.172604.
    // SE(b3) = sqrt(0.625 * (1/5 + 1/5)) = sqrt(0.25) = 0.5.
    // t(0.975, df 4) = 2.776445 (tables: 2.776).
    // CI b1: 0.8 ± 2.776445*0.353553 = 0.8 ± 0.981621 = (-0.181621, 1.781621)
    // CI b2: -4.4 ± 2.776445*1.172604 = -4.4 ± 3.255671 = (-7.655671, -1.144329)
    // CI b3: -1.7 ± 2.776445*0.5 = -1.7 ± 1.388223 = (-3.088223, -0.311777)
    [Fact]
    public void Coefficients_and_intervals_match_the_hand_computation()
    {
        var fit = InterruptedTimeSeries.Fit(Series, 5, Percent);

        Assert.True(fit.Estimated);
        Assert.Equal(4, fit.DegreesOfFreedom);
        Assert.Equal(2.776445, fit.TCritical!.Value, 1e-5);
        Assert.Equal(Math.Sqrt(0.625), fit.ResidualStandardError!.Value, 1e-9);

        Assert.Equal(9.5, fit.Level!.Value, 1e-9);
        Assert.Equal(0.968246, fit.Level.StandardError, 1e-6);
        Assert.Equal(0.8, fit.Trend!.Value, 1e-9);
        Assert.Equal(0.353553, fit.Trend.StandardError, 1e-6);
        Assert.Equal(-4.4, fit.LevelChange!.Value, 1e-9);
        Assert.Equal(1.172604, fit.LevelChange.StandardError, 1e-6);
        Assert.Equal(-1.7, fit.TrendChange!.Value, 1e-9);
        Assert.Equal(0.5, fit.TrendChange.StandardError, 1e-9);

        Assert.Equal(-0.181621, fit.Trend.Interval.Lower, 1e-5);
        Assert.Equal(1.781621, fit.Trend.Interval.Upper, 1e-5);
        Assert.Equal(-7.655671, fit.LevelChange.Interval.Lower, 1e-5);
        Assert.Equal(-1.144329, fit.LevelChange.Interval.Upper, 1e-5);
        Assert.Equal(-3.088223, fit.TrendChange.Interval.Lower, 1e-5);
        Assert.Equal(-0.311777, fit.TrendChange.Interval.Upper, 1e-5);

        Assert.Equal([10.3, 11.1, 11.9, 12.7, 9.1, 8.2, 7.3, 6.4], fit.Fitted.Select(o => Math.Round(o.Value, 9)));
        Assert.Equal(13.5, fit.Counterfactual(5)!.Value, 1e-9);
        Assert.Equal(9.1, fit.Predict(5)!.Value, 1e-9);
    }

    [Fact]
    public void The_sentence_gives_the_range_when_the_interval_excludes_zero_and_no_clear_change_when_it_spans_zero()
    {
        var fit = InterruptedTimeSeries.Fit(Series, 5, Percent);

        // Level: (-7.66, -1.14) excludes zero; trend: (-3.09, -0.31) excludes zero.
        Assert.Contains("The level of re-referrals at the intervention fell by between 1.1 percentage points and 7.7 percentage points", fit.Sentence);
        Assert.Contains("fell by between 0.3 percentage points per period and 3.1 percentage points per period", fit.Sentence);
        Assert.DoesNotContain("No clear change", fit.Sentence);

        // Same before; after now carries on close to the before line (9.5 + 0.8 t = 13.5, 14.3, 15.1, 15.9).
        // After 13.4, 14.4, 15.0, 16.0: slope 4.2/5 = 0.84, line at 5 = 14.7 - 0.84*1.5 = 13.44; b2 = 13.44 - 13.5 = -0.06,
        // b3 = 0.04; SSE after = 0.0016+0.0144+0.0144+0.0016 = 0.032, s^2 = (1.8+0.032)/4 = 0.458,
        // SE(b2) = sqrt(0.458*2.2) = 1.0038, CI -0.06 ± 2.787 spans zero; SE(b3) = sqrt(0.458*0.4) = 0.428, CI 0.04 ± 1.19 spans zero.
        var flat = Series.Take(4).Concat([new(5, 13.4), new(6, 14.4), new(7, 15.0), new(8, 16.0)]).ToArray();
        var none = InterruptedTimeSeries.Fit(flat, 5, Percent);
        Assert.Equal(-0.06, none.LevelChange!.Value, 1e-9);
        Assert.Equal(0.04, none.TrendChange!.Value, 1e-9);
        Assert.False(none.TooNoisy);
        Assert.True(none.LevelChange.Interval.SpansZero);
        Assert.StartsWith("No clear change in the level of re-referrals at the intervention", none.Sentence);
        Assert.Contains("No clear change in the trend", none.Sentence);
    }

    [Theory]
    [InlineData(5, 4, 4, true)]
    [InlineData(4, 3, 5, true)]
    [InlineData(3, 2, 6, false)]
    [InlineData(8, 7, 1, false)]
    public void Refuses_with_fewer_than_the_minimum_points_on_either_side(double intervention, int before, int after, bool estimated)
    {
        var fit = InterruptedTimeSeries.Fit(Series, intervention, Percent, minimumPointsEachSide: 3);

        Assert.Equal(estimated, fit.Estimated);
        Assert.Equal(before, fit.PointsBefore);
        Assert.Equal(after, fit.PointsAfter);
        if (!estimated)
        {
            Assert.Null(fit.LevelChange);
            Assert.Null(fit.Predict(5));
            Assert.Contains("too short", fit.Sentence);
            Assert.Contains($"{before} point", fit.Sentence);
            Assert.Contains("at least 3 are needed on each side", fit.Sentence);
        }
    }

    [Fact]
    public void A_stated_larger_minimum_refuses_what_the_default_accepts()
    {
        Assert.True(InterruptedTimeSeries.Fit(Series, 5, Percent).Estimated);
        var fit = InterruptedTimeSeries.Fit(Series, 5, Percent, minimumPointsEachSide: 5);
        Assert.False(fit.Estimated);
        Assert.Contains("at least 5 are needed", fit.Refusal);
    }

    [Fact]
    public void Missing_values_do_not_count_towards_the_minimum()
    {
        var gappy = Series.Select(o => o.Time == 2 ? o with { Value = double.NaN } : o).ToArray();
        var fit = InterruptedTimeSeries.Fit(gappy, 5, Percent, minimumPointsEachSide: 4);
        Assert.False(fit.Estimated);
        Assert.Equal(3, fit.PointsBefore);
    }

    [Fact]
    public void Says_when_the_series_is_too_noisy()
    {
        // Zig-zag around a flat line: the interval for the change in level is wider than the whole range of the values.
        Observation[] noisy = [new(1, 10), new(2, 14), new(3, 9), new(4, 13), new(5, 10), new(6, 14), new(7, 9), new(8, 13)];
        var fit = InterruptedTimeSeries.Fit(noisy, 5, Percent);

        Assert.True(fit.Estimated);
        Assert.True(fit.TooNoisy);
        Assert.True(fit.LevelChange!.Interval.Width > 14 - 9);
        Assert.Contains("too noisy to say", fit.Sentence);
        Assert.False(InterruptedTimeSeries.Fit(Series, 5, Percent).TooNoisy);
    }
}
