using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;

namespace Consortium.Metrics.Tests.Computation;

public sealed class SecondarySuppressionTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly DateOnly AfterTheYear = new(2025, 6, 1);

    /// <summary>Referral counts for the twelve months from April; quarters and the year are their sums, suppressed from 1 to 5 as at source.</summary>
    private static Dictionary<ReportingPeriod, IReadOnlyList<IndicatorValue>> Referrals(params long[] months)
    {
        var visible = new Dictionary<ReportingPeriod, IReadOnlyList<IndicatorValue>>();
        void Add(ReportingPeriod period, long count) => visible[period] = [DisclosureControl.Apply(Measure.Count(IndicatorCode.REF, count), 5, 100_000)];
        for (var m = 0; m < months.Length; m++)
        {
            Add(Month(m), months[m]);
        }

        for (var q = 0; q < 4; q++)
        {
            Add(Quarter(q), months.Skip(q * 3).Take(3).Sum());
        }

        Add(Year, months.Sum());
        return visible;
    }

    private static ReportingPeriod Month(int fromApril) => ReportingPeriod.MonthOf(Year.Start.AddMonths(fromApril));

    private static ReportingPeriod Quarter(int q) => ReportingPeriod.QuarterOf(Year.Start.AddMonths(q * 3));

    [Fact]
    public void Nothing_more_is_suppressed_when_nothing_is_suppressed()
    {
        Assert.Empty(SecondarySuppression.Find(Year, Referrals(40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51), AfterTheYear));
    }

    [Fact]
    public void A_month_that_its_quarter_and_the_other_two_months_would_give_away_takes_the_next_smallest_month_with_it()
    {
        var further = SecondarySuppression.Find(Year, Referrals(3, 9, 8, 40, 41, 42, 43, 44, 45, 46, 47, 48), AfterTheYear);

        Assert.Equal([(Month(2), IndicatorCode.REF)], further);
    }

    [Fact]
    public void A_true_zero_is_taken_only_when_no_other_cell_is_left()
    {
        Assert.Equal([(Month(1), IndicatorCode.REF)], SecondarySuppression.Find(Year, Referrals(3, 9, 0, 40, 41, 42, 43, 44, 45, 46, 47, 48), AfterTheYear));
    }

    [Fact]
    public void A_suppressed_quarter_takes_another_quarter_and_then_one_of_its_months()
    {
        // The first quarter is 3 in all (suppressed); the year less the other quarters would give it away.
        var further = SecondarySuppression.Find(Year, Referrals(2, 1, 0, 12, 30, 11, 40, 41, 42, 43, 44, 45), AfterTheYear);

        Assert.Contains((Quarter(1), IndicatorCode.REF), further);
        Assert.Contains((Month(5), IndicatorCode.REF), further);
        Assert.Equal(2, further.Count);
    }

    [Fact]
    public void Every_sum_ends_with_none_or_at_least_two_hidden_cells()
    {
        var random = new Random(5);
        for (var run = 0; run < 200; run++)
        {
            var visible = Referrals([.. Enumerable.Range(0, 12).Select(_ => (long)random.Next(0, 12))]);
            var further = SecondarySuppression.Find(Year, visible, AfterTheYear);
            bool Hidden(ReportingPeriod p) => visible[p][0].Status == ValueStatus.Suppressed || further.Contains((p, IndicatorCode.REF));
            var months = Enumerable.Range(0, 12).Select(Month).ToList();
            var quarters = Enumerable.Range(0, 4).Select(Quarter).ToList();
            var sums = new List<List<ReportingPeriod>> { quarters.Prepend(Year).ToList(), months.Prepend(Year).ToList() };
            sums.AddRange(quarters.Select((q, i) => (List<ReportingPeriod>)[q, .. months.Skip(i * 3).Take(3)]));
            Assert.All(sums, sum => Assert.NotEqual(1, sum.Count(Hidden)));
        }
    }

    [Fact]
    public void Months_not_yet_begun_are_no_part_of_the_sums()
    {
        var visible = Referrals(3, 9, 8);

        var further = SecondarySuppression.Find(Year, visible.Where(v => v.Key.Start <= new DateOnly(2024, 6, 30)).ToDictionary(), new DateOnly(2024, 6, 15));

        Assert.Equal([(Month(2), IndicatorCode.REF)], further);
    }

    [Fact]
    public void A_period_never_shared_counts_as_hidden_so_one_suppressed_beside_it_needs_nothing_more()
    {
        var visible = Referrals(3, 9, 8, 40, 41, 42, 43, 44, 45, 46, 47, 48);
        visible.Remove(Month(1));

        Assert.Empty(SecondarySuppression.Find(Year, visible, AfterTheYear));
    }

    [Fact]
    public void Percentages_are_protected_through_their_numerators_and_denominators_and_stock_counts_are_left_alone()
    {
        var visible = new Dictionary<ReportingPeriod, IReadOnlyList<IndicatorValue>>();
        long[] plansOpen = [3, 9, 8];
        long[][] repeats = [[1, 3], [0, 9], [7, 8]];
        for (var m = 0; m < 3; m++)
        {
            visible[Month(m)] =
            [
                DisclosureControl.Apply(Measure.Count(IndicatorCode.CPP_OPEN, plansOpen[m]), 5, 100_000),
                DisclosureControl.Apply(Measure.Fraction(IndicatorCode.CPP_REPEAT, repeats[m][0], repeats[m][1]), 5, 100_000),
            ];
        }

        visible[Quarter(0)] =
        [
            DisclosureControl.Apply(Measure.Count(IndicatorCode.CPP_OPEN, 8), 5, 100_000),
            DisclosureControl.Apply(Measure.Fraction(IndicatorCode.CPP_REPEAT, 8, 20), 5, 100_000),
        ];

        var further = SecondarySuppression.Find(Year, visible, new DateOnly(2024, 6, 30));

        // The quarter's 8 of 20 less May's 0 of 9 and June's 7 of 8 would give away April's 1 of 3, so June goes too
        // (May's true zero is kept); plans open at the end of each month add up to nothing, so CPP_OPEN is left alone.
        Assert.Equal([(Month(2), IndicatorCode.CPP_REPEAT)], further);
    }
}
