using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.SafetyPlanning;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>Each indicator on a small hand-built caseload whose right answer is known.</summary>
public sealed class IndicatorComputationTests : IAsyncLifetime
{
    private static readonly ReportingPeriod Year2025 = ReportingPeriod.Year(2025);
    private readonly MetricsTestHost _host = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _host.ProvisionedAsync("suffolk");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private Task Build(Action<Casebook> build) => _host.As(_tenant, async sp =>
    {
        var book = new Casebook(sp.GetRequiredService<PracticeDbContext>());
        build(book);
        await book.SaveAsync();
    });

    private Task<Measure> Measure(IndicatorCode code, ReportingPeriod? period = null, DateOnly? today = null) => _host.As(_tenant, async sp =>
    {
        var measures = await IndicatorComputer.ComputeAsync(
            sp.GetRequiredService<MetricsDbContext>(), period ?? Year2025, new ComputationSettings(5, 100_000, 90, Today: today));
        return measures.Single(m => m.Indicator == code);
    });

    [Fact]
    public async Task Referrals_count_from_1_April_to_31_March_inclusive()
    {
        await Build(b =>
        {
            b.Case(b.Child(), D(2025, 3, 31));
            b.Case(b.Child(), D(2025, 4, 1));
            b.Case(b.Child(), D(2026, 3, 31));
            b.Case(b.Child(), D(2026, 4, 1));
        });

        Assert.Equal(2, (await Measure(IndicatorCode.REF)).Numerator);
    }

    [Fact]
    public async Task A_re_referral_is_within_12_months_of_the_same_childs_previous_referral_and_not_a_day_more()
    {
        await Build(b =>
        {
            var within = b.Child();
            b.Case(within, D(2024, 6, 10), (CaseStage.Closed, D(2024, 7, 1)));
            b.Case(within, D(2025, 6, 10));
            var outside = b.Child();
            b.Case(outside, D(2024, 6, 9), (CaseStage.Closed, D(2024, 7, 1)));
            b.Case(outside, D(2025, 6, 10));
            b.Case(b.Child(), D(2025, 6, 10));
        });

        var reReferrals = await Measure(IndicatorCode.REREF12);

        Assert.Equal((1, 3), (reReferrals.Numerator, reReferrals.Denominator));
    }

    [Fact]
    public async Task Assessments_within_45_working_days_count_bank_holidays_out()
    {
        // Referred on Thursday 17 April 2025: Good Friday, Easter Monday and the May bank holidays fall in between,
        // so the 45th working day is Wednesday 25 June 2025 (45 weekdays would have been Thursday 19 June).
        await Build(b =>
        {
            b.Case(b.Child(), D(2025, 4, 17), (CaseStage.Assessment, D(2025, 4, 17)), (CaseStage.ChildInNeedPlan, D(2025, 6, 25)));
            b.Case(b.Child(), D(2025, 4, 17), (CaseStage.Assessment, D(2025, 4, 17)), (CaseStage.ChildInNeedPlan, D(2025, 6, 26)));
        });

        var within = await Measure(IndicatorCode.ASMT45);
        var median = await Measure(IndicatorCode.ASMT_MEDIAN);

        Assert.Equal((1, 2), (within.Numerator, within.Denominator));
        Assert.Equal([45m, 46m], median.Samples!.Order());
    }

    [Fact]
    public async Task Initial_conferences_count_working_days_from_the_strategy_discussion()
    {
        // Strategy discussion Friday 2 May 2025; 5 and 26 May are bank holidays, so the 15th working day is Tuesday 27 May.
        await Build(b =>
        {
            foreach (var conference in new[] { D(2025, 5, 27), D(2025, 5, 28) })
            {
                b.Case(b.Child(), D(2025, 5, 1), (CaseStage.StrategyDiscussion, D(2025, 5, 2)), (CaseStage.Section47Enquiry, D(2025, 5, 2)),
                    (CaseStage.InitialConference, conference));
            }
        });

        var conferences = await Measure(IndicatorCode.ICPC15);

        Assert.Equal((1, 2), (conferences.Numerator, conferences.Denominator));
        Assert.Equal(2, (await Measure(IndicatorCode.S47)).Numerator);
    }

    [Fact]
    public async Task A_plan_is_second_or_subsequent_when_the_child_had_any_earlier_plan_here()
    {
        await Build(b =>
        {
            var again = b.Child();
            b.Case(again, D(2022, 1, 10), ToPlan(D(2022, 1, 10)).Append((CaseStage.Closed, D(2023, 1, 10))).ToArray());
            b.Case(again, D(2025, 5, 1), ToPlan(D(2025, 6, 2)));
            b.Case(b.Child(), D(2025, 5, 1), ToPlan(D(2025, 6, 2)));
        });

        var repeat = await Measure(IndicatorCode.CPP_REPEAT);

        Assert.Equal((1, 2), (repeat.Numerator, repeat.Denominator));
        Assert.Equal(2, (await Measure(IndicatorCode.CPP_START)).Numerator);
    }

    [Fact]
    public async Task Plans_open_at_the_end_of_the_period_and_plans_ending_after_two_years()
    {
        await Build(b =>
        {
            b.Case(b.Child(), D(2023, 6, 1), ToPlan(D(2023, 6, 1)).Append((CaseStage.Closed, D(2025, 6, 1))).ToArray());
            b.Case(b.Child(), D(2023, 6, 1), ToPlan(D(2023, 6, 2)).Append((CaseStage.Closed, D(2025, 6, 1))).ToArray());
            b.Case(b.Child(), D(2025, 6, 1), ToPlan(D(2025, 6, 1)).Append((CaseStage.Closed, D(2026, 4, 1))).ToArray());
            b.Case(b.Child(), D(2025, 6, 1), ToPlan(D(2025, 6, 1)).Append((CaseStage.Closed, D(2026, 3, 31))).ToArray());
        });

        var longPlans = await Measure(IndicatorCode.CPP_2YR);

        Assert.Equal(1, (await Measure(IndicatorCode.CPP_OPEN)).Numerator);
        Assert.Equal((1, 3), (longPlans.Numerator, longPlans.Denominator));
        Assert.Equal(1, (await Measure(IndicatorCode.CIN_OPEN)).Numerator);
    }

    [Fact]
    public async Task A_plan_is_reviewed_within_timescale_when_every_review_due_by_the_period_end_was_held_by_its_due_date()
    {
        await Build(b =>
        {
            var kept = b.Case(b.Child(), D(2025, 5, 1), ToPlan(D(2025, 5, 1)));
            b.Review(kept, D(2025, 8, 1));
            b.Review(kept, D(2026, 1, 30));
            var late = b.Case(b.Child(), D(2025, 5, 1), ToPlan(D(2025, 5, 1)));
            b.Review(late, D(2025, 8, 4));
            b.Case(b.Child(), D(2025, 5, 1), ToPlan(D(2025, 5, 1)));
            b.Case(b.Child(), D(2026, 2, 1), ToPlan(D(2026, 2, 1)));
        });

        var reviewed = await Measure(IndicatorCode.CPP_REVIEWED);

        Assert.Equal((1L, 3L), Fraction(reviewed));
    }

    [Fact]
    public async Task Practice_indicators_look_at_open_cases_and_plans_at_the_end_of_the_period()
    {
        await Build(b =>
        {
            var mapped = b.Case(b.Child(), D(2025, 4, 1), ToPlan(D(2025, 5, 1)));
            b.Map(mapped, D(2026, 2, 1), 1);
            b.Network(mapped, knowing: 3);
            b.Plan(mapped, 1, PlanStatus.Draft);
            b.Plan(mapped, 2, PlanStatus.Agreed);
            b.DirectWork(mapped, DirectWorkTool.ThreeHouses, D(2025, 6, 1));

            var stale = b.Case(b.Child(), D(2025, 4, 1), ToPlan(D(2025, 5, 1)));
            b.Map(stale, D(2025, 10, 1), 1);
            b.Network(stale, knowing: 2, notKnowing: 3);
            b.Plan(stale, 1, PlanStatus.Agreed);
            b.Plan(stale, 2, PlanStatus.Trial);
            b.DirectWork(stale, DirectWorkTool.WordsAndPictures, D(2025, 6, 1));
        });

        Assert.Equal((1L, 2L), Fraction(await Measure(IndicatorCode.SOS_MAPPED)));
        Assert.Equal((1L, 2L), Fraction(await Measure(IndicatorCode.SOS_NETWORK)));
        Assert.Equal((1L, 2L), Fraction(await Measure(IndicatorCode.SOS_PLAN)));
        Assert.Equal((1L, 2L), Fraction(await Measure(IndicatorCode.SOS_VOICE)));
        Assert.Equal((1L, 2L), Fraction(await Measure(IndicatorCode.SOS_WORDS)));
    }

    [Fact]
    public async Task A_map_started_and_never_saved_is_a_draft_and_does_not_count_as_a_current_map()
    {
        await Build(b =>
        {
            var drafted = b.Case(b.Child(), D(2025, 4, 1), (CaseStage.Assessment, D(2025, 4, 2)));
            b.Map(drafted, D(2026, 3, 1), 1).IsDraft = true;
            var mapped = b.Case(b.Child(), D(2025, 4, 1), (CaseStage.Assessment, D(2025, 4, 2)));
            b.Map(mapped, D(2026, 3, 1), 1);
            b.Map(mapped, D(2026, 3, 2), 2).IsDraft = true;
        });

        Assert.Equal((1L, 2L), Fraction(await Measure(IndicatorCode.SOS_MAPPED)));
    }

    [Fact]
    public async Task Safety_scale_movement_and_the_family_professional_gap_use_overall_ratings_per_map()
    {
        await Build(b =>
        {
            var closed = b.Case(b.Child(), D(2025, 4, 1), (CaseStage.Assessment, D(2025, 4, 2)), (CaseStage.Closed, D(2025, 12, 1)));
            b.Map(closed, D(2025, 5, 1), 1, (null, 2), ("Social care", 4));
            b.Map(closed, D(2025, 11, 1), 2, (null, 6), ("Social care", 7), ("Health", 8));
        });

        Assert.Equal([4m], (await Measure(IndicatorCode.SOS_SCALE_MOVE)).Samples!);
        Assert.Equal([2m, 1.5m], (await Measure(IndicatorCode.SOS_SCALE_GAP)).Samples!.OrderDescending());
    }

    [Fact]
    public async Task A_period_not_yet_over_is_measured_as_at_today_not_at_its_future_end()
    {
        await Build(b =>
        {
            var mapped = b.Case(b.Child(), D(2025, 4, 1), ToPlan(D(2025, 5, 1)));
            b.Map(mapped, D(2025, 10, 1), 1);
            b.Review(mapped, D(2025, 8, 1));
            b.Case(b.Child(), D(2025, 4, 1), (CaseStage.Assessment, D(2025, 4, 2)), (CaseStage.Closed, D(2025, 12, 1)));
        });

        var today = D(2025, 11, 15);

        Assert.Equal((1L, 2L), Fraction(await Measure(IndicatorCode.SOS_MAPPED, today: today)));
        Assert.Equal((1L, 1L), Fraction(await Measure(IndicatorCode.CPP_REVIEWED, today: today)));
        Assert.Equal(2, (await Measure(IndicatorCode.CIN_OPEN, today: today)).Numerator);
        Assert.Equal((0L, 1L), Fraction(await Measure(IndicatorCode.SOS_MAPPED)));
    }

    [Fact]
    public async Task Monthly_figures_count_only_their_month()
    {
        await Build(b =>
        {
            b.Case(b.Child(), D(2025, 7, 31));
            b.Case(b.Child(), D(2025, 8, 1));
        });

        Assert.Equal(1, (await Measure(IndicatorCode.REF, ReportingPeriod.MonthOf(D(2025, 8, 15)))).Numerator);
        Assert.Equal(2, (await Measure(IndicatorCode.REF, ReportingPeriod.QuarterOf(D(2025, 8, 15)))).Numerator);
    }

    private static (long?, long?) Fraction(Measure measure) => (measure.Numerator, measure.Denominator);

    private static (CaseStage, DateOnly)[] ToPlan(DateOnly planStart) =>
    [
        (CaseStage.StrategyDiscussion, planStart), (CaseStage.Section47Enquiry, planStart),
        (CaseStage.InitialConference, planStart), (CaseStage.ChildProtectionPlan, planStart),
    ];
}
