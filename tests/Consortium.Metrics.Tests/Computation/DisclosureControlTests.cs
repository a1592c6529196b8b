using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;

namespace Consortium.Metrics.Tests.Computation;

public sealed class DisclosureControlTests
{
    [Theory]
    [InlineData(0, ValueStatus.Available)]
    [InlineData(1, ValueStatus.Suppressed)]
    [InlineData(5, ValueStatus.Suppressed)]
    [InlineData(6, ValueStatus.Available)]
    public void Counts_from_1_to_5_are_suppressed_and_a_true_zero_is_not(long count, ValueStatus expected)
    {
        var value = DisclosureControl.Apply(Measure.Count(IndicatorCode.REF, count), 5, 100_000);

        Assert.Equal(expected, value.Status);
        Assert.Equal(expected == ValueStatus.Available ? count : null, value.Numerator);
    }

    [Fact]
    public void A_suppressed_count_carries_no_number_not_even_its_rate()
    {
        var value = DisclosureControl.Apply(Measure.Count(IndicatorCode.S47, 3), 5, 100_000);

        Assert.Equal(new IndicatorValue { Indicator = IndicatorCode.S47, Status = ValueStatus.Suppressed }, value);
    }

    [Fact]
    public void A_count_carries_its_rate_per_10000_children_to_one_decimal_place()
    {
        var value = DisclosureControl.Apply(Measure.Count(IndicatorCode.REF, 5986), 5, 174_321);

        Assert.Equal(343.4m, value.RatePer10000);
    }

    [Theory]
    [InlineData(3, 100, ValueStatus.Suppressed)]
    [InlineData(0, 3, ValueStatus.Suppressed)]
    [InlineData(0, 0, ValueStatus.NotApplicable)]
    [InlineData(0, 40, ValueStatus.Available)]
    [InlineData(6, 6, ValueStatus.Available)]
    public void A_percentage_built_on_a_suppressed_numerator_or_denominator_is_suppressed(long numerator, long denominator, ValueStatus expected) =>
        Assert.Equal(expected, DisclosureControl.Apply(Measure.Fraction(IndicatorCode.REREF12, numerator, denominator), 5, 100_000).Status);

    [Theory]
    [InlineData(33, 34, ValueStatus.Suppressed)]
    [InlineData(29, 34, ValueStatus.Suppressed)]
    [InlineData(28, 34, ValueStatus.Available)]
    [InlineData(34, 34, ValueStatus.Available)]
    public void A_percentage_whose_complement_is_from_1_to_5_is_suppressed(long numerator, long denominator, ValueStatus expected) =>
        Assert.Equal(expected, DisclosureControl.Apply(Measure.Fraction(IndicatorCode.ASMT45, numerator, denominator), 5, 100_000).Status);

    [Fact]
    public void Percentages_round_half_away_from_zero_to_one_place()
    {
        var value = DisclosureControl.Apply(Measure.Fraction(IndicatorCode.REREF12, 1, 16), 0, 100_000);

        Assert.Equal(ValueStatus.Suppressed, value.Status);
        Assert.Equal(6.3m, DisclosureControl.Apply(Measure.Fraction(IndicatorCode.REREF12, 10, 160), 5, 100_000).Value);
    }

    [Fact]
    public void An_authority_may_suppress_more_but_never_less_than_the_Departments_rule()
    {
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Count(IndicatorCode.REF, 7), 7, 1).Status);
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Count(IndicatorCode.REF, 4), 2, 1).Status);
    }

    [Fact]
    public void A_median_of_five_or_fewer_is_suppressed_and_otherwise_carries_its_quartiles()
    {
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Median(IndicatorCode.ASMT_MEDIAN, [1, 2, 3, 4, 5]), 5, 1).Status);
        Assert.Equal(ValueStatus.NotApplicable, DisclosureControl.Apply(Measure.Median(IndicatorCode.ASMT_MEDIAN, []), 5, 1).Status);

        var value = DisclosureControl.Apply(Measure.Median(IndicatorCode.ASMT_MEDIAN, [60, 10, 50, 20, 40, 30]), 5, 1);

        Assert.Equal((35m, 22.5m, 47.5m, 6L), (value.Value!.Value, value.LowerQuartile!.Value, value.UpperQuartile!.Value, value.Denominator!.Value));
    }

    [Fact]
    public void An_indicator_whose_data_is_not_recorded_is_marked_unavailable() =>
        Assert.Equal(ValueStatus.Unavailable, DisclosureControl.Apply(Measure.Unavailable(IndicatorCode.CPP_REVIEWED), 5, 1).Status);
}
