using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Scrutiny.Sections;

namespace Consortium.Scrutiny.Tests;

/// <summary>This period's quarters against the last period's, on hand-built values, with the indicator's good direction.</summary>
public sealed class OutcomeComparisonTests
{
    private static readonly ReportingPeriod LastYear = ReportingPeriod.Year(2024);
    private static readonly ReportingPeriod ThisYear = ReportingPeriod.Year(2025);

    [Fact]
    public void A_clear_fall_in_re_referrals_is_better_and_the_sentence_gives_the_range()
    {
        var result = OutcomeComparison.Of(IndicatorCatalogue.Get(IndicatorCode.REREF12), LastYear, [30, 31, 29, 30], ThisYear, [20, 21, 19, 20]);

        Assert.True(result.ClearlyBetter);
        Assert.False(result.ClearlyWorse);
        Assert.Equal(-10, result.Change!.Value, 9);
        Assert.Contains("Re-referrals within 12 months averaged 30.0% over 4 quarters of 2024-25 and 20.0% over 4 quarters of 2025-26.", result.Sentence, StringComparison.Ordinal);
        Assert.Contains("fell by between", result.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clear_rise_in_assessments_on_time_is_better_and_a_clear_rise_in_repeat_plans_is_worse()
    {
        Assert.True(OutcomeComparison.Of(IndicatorCatalogue.Get(IndicatorCode.ASMT45), LastYear, [70, 71, 69, 70], ThisYear, [80, 81, 79, 80]).ClearlyBetter);
        var repeat = OutcomeComparison.Of(IndicatorCatalogue.Get(IndicatorCode.CPP_REPEAT), LastYear, [20, 21, 19, 20], ThisYear, [30, 31, 29, 30]);

        Assert.True(repeat.ClearlyWorse);
        Assert.False(repeat.ClearlyBetter);
    }

    [Fact]
    public void Noisy_values_are_no_clear_change_and_single_values_are_not_compared()
    {
        var noisy = OutcomeComparison.Of(IndicatorCatalogue.Get(IndicatorCode.REREF12), LastYear, [10, 40, 15, 35], ThisYear, [12, 38, 20, 30]);
        var single = OutcomeComparison.Of(IndicatorCatalogue.Get(IndicatorCode.REREF12), LastYear, [30], ThisYear, [20]);
        var none = OutcomeComparison.Of(IndicatorCatalogue.Get(IndicatorCode.REREF12), LastYear, [], ThisYear, [20, 21]);

        Assert.True(noisy.Compared);
        Assert.False(noisy.ClearlyBetter || noisy.ClearlyWorse);
        Assert.StartsWith("Re-referrals within 12 months averaged", noisy.Sentence, StringComparison.Ordinal);
        Assert.Contains("No clear change", noisy.Sentence, StringComparison.Ordinal);
        Assert.False(single.Compared);
        Assert.Contains("Too few values", single.Sentence, StringComparison.Ordinal);
        Assert.False(none.Compared);
        Assert.Contains("2024-25 has no quarter with a figure that may be published", none.Sentence, StringComparison.Ordinal);
    }
}
