using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>
/// SOS_GOALS and SOS_CHILD_VIEW on hand-built goals and direct work whose right answer is known, and how they are
/// disclosure-controlled.
/// </summary>
public sealed class VoiceIndicatorTests : IAsyncLifetime
{
    private static readonly ReportingPeriod Year2025 = ReportingPeriod.Year(2025);
    private readonly MetricsTestHost _host = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _host.ProvisionedAsync("suffolk");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private Task Build(Action<Casebook, CaseRecord> build) => _host.As(_tenant, async sp =>
    {
        var book = new Casebook(sp.GetRequiredService<PracticeDbContext>());
        build(book, book.Case(book.Child(), D(2024, 1, 10)));
        await book.SaveAsync();
    });

    private Task<(long?, long?)> Fraction(IndicatorCode code, ReportingPeriod period, int goalAchievedAtOrAbove = 7) => _host.As(_tenant, async sp =>
    {
        var measure = (await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), period, new ComputationSettings(5, 100_000, 90, GoalAchievedAtOrAbove: goalAchievedAtOrAbove)))
            .Single(m => m.Indicator == code);
        return (measure.Numerator, measure.Denominator);
    });

    [Fact]
    public async Task Goals_achieved_are_those_rated_at_closure_in_the_period_at_or_above_the_authoritys_threshold()
    {
        await Build((b, c) =>
        {
            b.Goal(c, D(2024, 2, 1), 2, D(2025, 5, 1), 7);
            b.Goal(c, D(2024, 2, 1), 3, D(2025, 6, 1), 6);
            b.Goal(c, D(2024, 2, 1), 1, D(2025, 7, 1), 10);
            b.Goal(c, D(2024, 2, 1), 5, D(2025, 8, 1), 2);
            b.Goal(c, D(2025, 2, 1), 9);
            b.Goal(c, D(2024, 2, 1), 2, D(2025, 3, 31), 9);
            b.Goal(c, D(2024, 2, 1), 2, D(2026, 4, 1), 9);
        });

        Assert.Equal((2L, 4L), await Fraction(IndicatorCode.SOS_GOALS, Year2025));
        Assert.Equal((3L, 4L), await Fraction(IndicatorCode.SOS_GOALS, Year2025, goalAchievedAtOrAbove: 6));
        Assert.Equal((1L, 1L), await Fraction(IndicatorCode.SOS_GOALS, ReportingPeriod.MonthOf(D(2025, 3, 1))));
        Assert.Equal((0L, 1L), await Fraction(IndicatorCode.SOS_GOALS, ReportingPeriod.MonthOf(D(2025, 6, 1))));
    }

    [Fact]
    public async Task The_childs_view_counts_direct_work_where_the_child_was_asked_and_said_the_plan_makes_them_safe()
    {
        await Build((b, c) =>
        {
            b.ChildView(c, D(2025, 5, 1), ChildViewAnswer.Yes);
            b.ChildView(c, D(2025, 6, 1), ChildViewAnswer.Yes, explainedWorries: ChildViewAnswer.No);
            b.ChildView(c, D(2025, 7, 1), ChildViewAnswer.Partly);
            b.ChildView(c, D(2025, 8, 1), ChildViewAnswer.No);
            b.ChildView(c, D(2025, 9, 1), ChildViewAnswer.NotAsked);
            b.DirectWork(c, DirectWorkTool.ThreeHouses, D(2025, 9, 2));
            b.ChildView(c, D(2024, 9, 1), ChildViewAnswer.Yes);
        });

        Assert.Equal((2L, 4L), await Fraction(IndicatorCode.SOS_CHILD_VIEW, Year2025));
        Assert.Equal((0L, 1L), await Fraction(IndicatorCode.SOS_CHILD_VIEW, ReportingPeriod.MonthOf(D(2025, 7, 1))));
    }

    [Fact]
    public void The_voice_indicators_are_percentages_that_add_up_over_periods_new_in_catalogue_version_3()
    {
        var voice = new[] { IndicatorCode.SOS_GOALS, IndicatorCode.SOS_CHILD_VIEW }.Select(IndicatorCatalogue.Get).ToList();

        Assert.True(IndicatorCatalogue.Version >= 3, "version 3 introduced them; later versions keep them");
        Assert.All(voice, d => Assert.Equal((IndicatorGroup.SignsOfSafetyPractice, IndicatorUnit.Percent, 3, true, Polarity.High), (d.Group, d.Unit, d.IntroducedInVersion, d.AddsUpOverPeriods, d.Polarity)));
    }

    [Theory]
    [InlineData(IndicatorCode.SOS_GOALS)]
    [InlineData(IndicatorCode.SOS_CHILD_VIEW)]
    public void A_small_numerator_or_complement_is_suppressed_and_the_rest_shared(IndicatorCode code)
    {
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Fraction(code, 3, 40), 5, 100_000).Status);
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Fraction(code, 37, 40), 5, 100_000).Status);
        Assert.Equal(ValueStatus.Suppressed, DisclosureControl.Apply(Measure.Fraction(code, 2, 4), 5, 100_000).Status);
        var shared = DisclosureControl.Apply(Measure.Fraction(code, 22, 40), 5, 100_000);
        Assert.Equal((ValueStatus.Available, 55.0m, 22L, 40L), (shared.Status, shared.Value, shared.Numerator, shared.Denominator));
    }

    [Theory]
    [InlineData(IndicatorCode.SOS_GOALS)]
    [InlineData(IndicatorCode.SOS_CHILD_VIEW)]
    public void A_small_month_is_kept_hidden_against_its_quarter_and_the_other_months(IndicatorCode code)
    {
        // The quarter's numerator less two published months would give the third (2) away; the method hides more.
        var quarter = ReportingPeriod.QuarterOf(D(2025, 4, 1));
        var months = new[] { D(2025, 4, 1), D(2025, 5, 1), D(2025, 6, 1) }.Select(ReportingPeriod.MonthOf).ToList();
        var truth = Quantities([(months[0], 2, 20), (months[1], 12, 20), (months[2], 13, 20), (quarter, 27, 60)], code);
        var identities = LinkedIdentities.Among([quarter, .. months]);

        var result = LinkedSuppression.Apply(truth, new Dictionary<Quantity, long>(), identities, 5);
        var published = truth.Where(t => !result.Hidden.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value);

        var small = new Quantity(months[0], IndicatorCatalogue.Get(code).Numerator!);
        Assert.Contains(small, result.Hidden);
        Assert.True(result.Hidden.Count > 2, string.Join(", ", result.Hidden));
        Assert.Empty(DisclosureAudit.Exposed(published, identities, 5, result.Hidden));
        Assert.False(DisclosureAudit.Narrow(IntervalSolver.Solve(published, identities)![small], 5));
    }

    private static Dictionary<Quantity, long> Quantities(IEnumerable<(ReportingPeriod Period, long Numerator, long Denominator)> cells, IndicatorCode code) =>
        cells.SelectMany(c => TrueQuantities.Of(c.Period, [Measure.Fraction(code, c.Numerator, c.Denominator)]))
            .DistinctBy(q => q.Quantity).ToDictionary(q => q.Quantity, q => q.Value);
}
