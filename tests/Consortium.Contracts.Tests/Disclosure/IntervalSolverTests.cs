using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;

namespace Consortium.Contracts.Tests.Disclosure;

public sealed class IntervalSolverTests
{
    private static readonly ReportingPeriod Quarter = ReportingPeriod.QuarterOf(new DateOnly(2024, 4, 1));
    private static readonly ReportingPeriod[] Months = [.. Enumerable.Range(0, 3).Select(m => ReportingPeriod.MonthOf(new DateOnly(2024, 4 + m, 1)))];
    private static readonly string Referrals = IndicatorCatalogue.Get(IndicatorCode.REF).Numerator!;

    private static Quantity Q(ReportingPeriod period, string counted) => new(period, counted);

    [Fact]
    public void A_hidden_month_follows_exactly_from_its_quarter_and_the_other_months()
    {
        var known = new Dictionary<Quantity, long> { [Q(Quarter, Referrals)] = 20, [Q(Months[1], Referrals)] = 9, [Q(Months[2], Referrals)] = 8 };

        var solved = IntervalSolver.Solve(known, LinkedIdentities.Among([Quarter, .. Months]))!;

        Assert.Equal(new Interval(3, 3), solved[Q(Months[0], Referrals)]);
    }

    [Fact]
    public void Two_hidden_months_are_known_only_up_to_what_the_quarter_leaves()
    {
        var known = new Dictionary<Quantity, long> { [Q(Quarter, Referrals)] = 20, [Q(Months[1], Referrals)] = 9 };

        var solved = IntervalSolver.Solve(known, LinkedIdentities.Among([Quarter, .. Months]))!;

        Assert.Equal(new Interval(0, 11), solved[Q(Months[0], Referrals)]);
        Assert.Equal(new Interval(0, 11), solved[Q(Months[2], Referrals)]);
    }

    [Fact]
    public void A_hidden_quarter_with_a_hidden_month_is_unbounded()
    {
        var known = new Dictionary<Quantity, long> { [Q(Months[1], Referrals)] = 9, [Q(Months[2], Referrals)] = 8 };

        var solved = IntervalSolver.Solve(known, LinkedIdentities.Among([Quarter, .. Months]))!;

        Assert.Equal(new Interval(0, null), solved[Q(Months[0], Referrals)]);
        Assert.Equal(new Interval(17, null), solved[Q(Quarter, Referrals)]);
    }

    [Fact]
    public void Indicators_that_count_the_same_thing_share_one_quantity()
    {
        var referrals = IndicatorQuantities.Of(IndicatorCatalogue.Get(IndicatorCode.REF)).Single().Counted;
        var reReferralsOf = IndicatorQuantities.Of(IndicatorCatalogue.Get(IndicatorCode.REREF12)).Single(q => q.Role == QuantityRole.Denominator).Counted;
        var plansStarting = IndicatorQuantities.Of(IndicatorCatalogue.Get(IndicatorCode.CPP_START)).Single().Counted;
        var repeatPlansOf = IndicatorQuantities.Of(IndicatorCatalogue.Get(IndicatorCode.CPP_REPEAT)).Single(q => q.Role == QuantityRole.Denominator).Counted;

        Assert.Equal(referrals, reReferralsOf);
        Assert.Equal(plansStarting, repeatPlansOf);
        Assert.True(IndicatorQuantities.AddsUpOverPeriods(referrals));
        Assert.False(IndicatorQuantities.AddsUpOverPeriods(IndicatorCatalogue.Get(IndicatorCode.CIN_OPEN).Numerator!));
    }

    [Fact]
    public void A_percentages_complement_follows_from_its_denominator_and_numerator()
    {
        var definition = IndicatorCatalogue.Get(IndicatorCode.ASMT45);
        var known = new Dictionary<Quantity, long> { [Q(Months[0], definition.Denominator!)] = 34, [Q(Months[0], definition.Numerator!)] = 33 };

        var solved = IntervalSolver.Solve(known, LinkedIdentities.Among([Months[0]]))!;

        Assert.Equal(new Interval(1, 1), solved[Q(Months[0], IndicatorQuantities.ComplementOf(definition))]);
    }

    [Fact]
    public void Plans_starting_follow_from_plans_open_at_each_end_and_plans_ending()
    {
        var open = IndicatorCatalogue.Get(IndicatorCode.CPP_OPEN).Numerator!;
        var ending = IndicatorCatalogue.Get(IndicatorCode.CPP_2YR).Denominator!;
        var starting = IndicatorCatalogue.Get(IndicatorCode.CPP_START).Numerator!;
        var known = new Dictionary<Quantity, long> { [Q(Months[0], open)] = 15, [Q(Months[1], open)] = 16, [Q(Months[1], ending)] = 0 };

        var solved = IntervalSolver.Solve(known, LinkedIdentities.Among(Months))!;

        Assert.Equal(new Interval(1, 1), solved[Q(Months[1], starting)]);
    }

    [Fact]
    public void Values_that_contradict_an_identity_have_no_solution()
    {
        var known = new Dictionary<Quantity, long>
        {
            [Q(Quarter, Referrals)] = 20, [Q(Months[0], Referrals)] = 9, [Q(Months[1], Referrals)] = 9, [Q(Months[2], Referrals)] = 9,
        };

        Assert.Null(IntervalSolver.Solve(known, LinkedIdentities.Among([Quarter, .. Months])));
    }
}
