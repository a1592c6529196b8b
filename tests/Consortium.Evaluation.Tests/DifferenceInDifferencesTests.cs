using Consortium.Evaluation;

namespace Consortium.Evaluation.Tests;

public class DifferenceInDifferencesTests
{
    private static readonly Quantity Percent = new("repeat plans", "percentage points");
    private static readonly Window Before = new(2013, 2014);
    private static readonly Window After = new(2016, 2017);

    private static Unit U(string name, params (int Year, double Value)[] values) =>
        new(name, values.Select(v => new Observation(v.Year, v.Value)).ToArray());

    [Fact]
    public void Estimate_on_hand_built_data()
    {
        // Treated A: before (20+22)/2 = 21, after (15+17)/2 = 16, change -5.
        // Treated B: before 30 (only 2014), after (26+24)/2 = 25, change -5.
        // Treated group: before (21+30)/2 = 25.5, after (16+25)/2 = 20.5, change -5.
        // Comparison C: before 20, after 19 (change -1); D: before 24, after 21 (change -3).
        // Comparison group: before 22, after 20, change -2. DiD = -5 - (-2) = -3.
        var treated = new[] { U("A", (2013, 20), (2014, 22), (2016, 15), (2017, 17)), U("B", (2014, 30), (2016, 26), (2017, 24)) };
        var comparison = new[] { U("C", (2013, 20), (2016, 19)), U("D", (2014, 24), (2017, 21)) };

        var result = DifferenceInDifferences.Estimate(treated, comparison, Before, After, Percent);

        Assert.Equal(25.5, result.Treated.Before);
        Assert.Equal(20.5, result.Treated.After);
        Assert.Equal(22, result.Comparison.Before);
        Assert.Equal(20, result.Comparison.After);
        Assert.Equal(-3, result.Estimate!.Value, 1e-9);
        // Bootstrap over the two comparison units: the comparison change of a resample is -1 (CC, prob 1/4), -2 (CD/DC, 1/2)
        // or -3 (DD, 1/4), so the DiD is -4, -3 or -2. With 2000 resamples the 2.5% and 97.5% points are -4 and -2.
        Assert.Equal(-4, result.Interval!.Lower, 1e-9);
        Assert.Equal(-2, result.Interval.Upper, 1e-9);
        Assert.Contains("fell by between 2.0 percentage points and 4.0 percentage points", result.Sentence);
    }

    [Fact]
    public void Units_with_no_value_in_a_window_are_left_out_of_that_window_and_counted()
    {
        var treated = new[] { U("A", (2013, 10), (2016, 8)) };
        var comparison = new[]
        {
            U("C", (2013, 10), (2016, 10)),
            U("D", (2016, 40)),              // no value before: left out of the before mean only
            U("E", (2013, 12)),              // no value after: left out of the after mean only
            U("F", (2013, 14), (2017, 16)),
        };

        var result = DifferenceInDifferences.Estimate(treated, comparison, Before, After, Percent);

        // Comparison before = mean(10, 12, 14) = 12; after = mean(10, 40, 16) = 22; change +10. Treated change -2. DiD -12.
        Assert.Equal(1, result.Comparison.LeftOutBefore);
        Assert.Equal(1, result.Comparison.LeftOutAfter);
        Assert.Equal(12, result.Comparison.Before);
        Assert.Equal(22, result.Comparison.After);
        Assert.Equal(-12, result.Estimate!.Value, 1e-9);
        Assert.Contains("left out for want of a value: 1 before, 1 after", result.Sentence);
    }

    [Fact]
    public void The_bootstrap_is_reproducible_with_a_seed_and_no_clear_change_when_the_interval_spans_zero()
    {
        var treated = new[] { U("A", (2013, 20), (2016, 19)) };
        var comparison = Enumerable.Range(0, 10)
            .Select(i => U($"N{i}", (2013, 20), (2016, 20 + (i - 4.5))))
            .ToArray();

        var first = DifferenceInDifferences.Estimate(treated, comparison, Before, After, Percent, seed: 7);
        var again = DifferenceInDifferences.Estimate(treated, comparison, Before, After, Percent, seed: 7);
        var other = DifferenceInDifferences.Estimate(treated, comparison, Before, After, Percent, seed: 8);

        // Comparison changes -4.5..4.5 average 0; treated change -1; DiD -1.
        Assert.Equal(-1, first.Estimate!.Value, 1e-9);
        Assert.Equal(first.Interval, again.Interval);
        Assert.NotEqual(first.Interval, other.Interval);
        Assert.True(first.Interval!.SpansZero);
        Assert.Contains("No clear change in repeat plans relative to the comparison group", first.Sentence);
    }

    [Fact]
    public void A_group_with_no_value_in_a_window_gives_no_estimate()
    {
        var treated = new[] { U("A", (2016, 19)) };
        var comparison = new[] { U("C", (2013, 20), (2016, 19)) };
        var result = DifferenceInDifferences.Estimate(treated, comparison, Before, After, Percent);
        Assert.Null(result.Estimate);
        Assert.Contains("the treated group has no value", result.Sentence);
    }
}
