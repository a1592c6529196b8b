using Consortium.Evaluation;

namespace Consortium.Evaluation.Tests;

public class BeforeAfterTests
{
    private static readonly Quantity Percent = new("repeat plans", "percentage points");

    [Fact]
    public void Means_over_the_windows_and_the_change_with_a_welch_interval()
    {
        Observation[] series = [new(2013, 20), new(2014, 22), new(2015, 99), new(2016, 12), new(2017, 16), new(2018, 20)];

        var result = BeforeAfter.Compare(series, new Window(2013, 2014), new Window(2016, 2018), Percent);

        // Before mean (20+22)/2 = 21, after (12+16+20)/3 = 16; 2015 lies in neither window. Change -5.
        Assert.Equal(21, result.MeanBefore);
        Assert.Equal(16, result.MeanAfter);
        Assert.Equal(-5, result.Change);
        Assert.Equal(2, result.CountBefore);
        Assert.Equal(3, result.CountAfter);
        // Welch: var before = 2, /2 = 1; var after = 16, /3 = 5.3333; se = sqrt(6.3333) = 2.516611;
        // df = 6.3333^2 / (1^2/1 + 5.3333^2/2) = 40.1111 / 15.2222 = 2.635; t(0.975, 2.635) lies between 3.182 (3 df) and
        // 4.303 (2 df), so the half-width is at least 3.182 * 2.5166 = 8.0 > 5: the interval spans zero.
        Assert.NotNull(result.Interval);
        Assert.True(result.Interval!.SpansZero);
        Assert.Equal(-5 - result.Interval.Lower, result.Interval.Upper + 5, 1e-9);
        Assert.InRange((result.Interval.Upper + 5) / 2.516611, 3.182, 4.303);
        Assert.Contains("averaged 21.0 over 2013 to 2014 (2 values) and 16.0 over 2016 to 2018 (3 values), a change of -5.0 percentage points", result.Sentence);
        Assert.Contains("No clear change", result.Sentence);
    }

    [Fact]
    public void One_value_in_a_window_gives_the_change_but_no_interval_and_says_so()
    {
        Observation[] series = [new(2014, 30), new(2016, 20), new(2017, 22)];
        var result = BeforeAfter.Compare(series, new Window(2013, 2014), new Window(2016, 2018), Percent);
        Assert.Equal(-9, result.Change);
        Assert.Null(result.Interval);
        Assert.Contains("Too few values", result.Sentence);
    }

    [Fact]
    public void An_empty_window_gives_no_change()
    {
        Observation[] series = [new(2016, 20), new(2017, 22)];
        var result = BeforeAfter.Compare(series, new Window(2013, 2014), new Window(2016, 2018), Percent);
        Assert.Null(result.Change);
        Assert.Contains("no value in the window before (2013 to 2014)", result.Sentence);
    }
}
