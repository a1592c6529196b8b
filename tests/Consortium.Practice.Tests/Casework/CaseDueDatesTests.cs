using Consortium.Practice.Outcomes;
using Consortium.Practice.Calendar;
using Consortium.Practice.Casework;
using Consortium.Practice.Policy;

namespace Consortium.Practice.Tests.Casework;

public sealed class CaseDueDatesTests
{
    private static readonly CaseDueDates DueDates = new(new WorkingDayCalculator(BankHolidayCalendar.Load()));

    [Fact]
    public void The_assessment_is_due_45_working_days_after_the_referral_by_default()
    {
        var record = new CaseRecord { Stage = CaseStage.Assessment, ReferralDate = new DateOnly(2025, 11, 3), AssessmentStart = new DateOnly(2025, 11, 3) };

        var due = Assert.Single(DueDates.For(record, new PracticePolicy()));

        Assert.Equal("Single assessment completed", due.Label);
        Assert.Equal(new DateOnly(2026, 1, 8), due.Due);
        Assert.True(due.IsOverdue(new DateOnly(2026, 1, 9)));
        Assert.False(due.IsOverdue(new DateOnly(2026, 1, 8)));
    }

    [Fact]
    public void The_authoritys_own_timescale_is_used()
    {
        var policy = new PracticePolicy();
        policy.Timescales.AssessmentWorkingDays = 20;
        var record = new CaseRecord { Stage = CaseStage.Assessment, ReferralDate = new DateOnly(2026, 3, 2) };

        Assert.Equal(new DateOnly(2026, 3, 30), DueDates.For(record, policy)[0].Due);
    }

    [Fact]
    public void The_initial_conference_is_due_15_working_days_after_the_strategy_discussion_and_late_ones_show()
    {
        var record = new CaseRecord
        {
            Stage = CaseStage.InitialConference,
            ReferralDate = new DateOnly(2026, 3, 2),
            AssessmentAuthorised = new DateOnly(2026, 3, 20),
            StrategyDiscussion = new DateOnly(2026, 3, 20),
            Section47Start = new DateOnly(2026, 3, 20),
            InitialConference = new DateOnly(2026, 4, 20),
        };

        var conference = DueDates.For(record, new PracticePolicy()).Single(d => d.Label == "Initial child protection conference");

        Assert.Equal(new DateOnly(2026, 4, 14), conference.Due); // Good Friday and Easter Monday 2026 are not working days
        Assert.True(conference.WasLate);
        Assert.False(conference.IsOverdue(new DateOnly(2026, 5, 1)));
    }
}

public sealed class PlanDueDatesTests
{
    private static readonly CaseDueDates DueDates = new(new WorkingDayCalculator(BankHolidayCalendar.Load()));

    private static CaseRecord OnPlan(DateOnly conference) => new()
    {
        Stage = CaseStage.ChildProtectionPlan,
        ReferralDate = conference.AddDays(-30),
        AssessmentAuthorised = conference.AddDays(-20),
        StrategyDiscussion = conference.AddDays(-20),
        Section47Start = conference.AddDays(-20),
        InitialConference = conference,
        ProtectionPlanStart = conference,
    };

    [Fact]
    public void The_first_core_group_and_reviews_are_due_under_the_policy_and_the_next_review_counts_from_the_last_one_held()
    {
        var conference = new DateOnly(2026, 3, 2);
        var record = OnPlan(conference);
        record.CoreGroups.Add(new CoreGroupMeeting { PlanStart = conference, HeldOn = new DateOnly(2026, 3, 20) });
        record.Reviews.Add(new ReviewConference { PlanStart = conference, HeldOn = new DateOnly(2026, 6, 10), Outcome = ReviewOutcome.ContinuePlan });

        var due = DueDates.ForPlan(record, new PracticePolicy());

        Assert.Equal(["First core group", "First review conference", "Review conference 2", CaseDueDates.NextVisit], due.Select(d => d.Label));
        Assert.Equal(new DateOnly(2026, 3, 16), due[0].Due);
        Assert.True(due[0].WasLate);
        Assert.Equal(new DateOnly(2026, 6, 2), due[1].Due);
        Assert.True(due[1].WasLate);
        Assert.Equal(new DateOnly(2026, 12, 10), due[2].Due);
        Assert.True(due[2].IsOverdue(new DateOnly(2026, 12, 11)));
        Assert.Equal(due[2], DueDates.For(record, new PracticePolicy()).Where(d => d.Done is null && d.Label.StartsWith("Review", StringComparison.Ordinal)).MinBy(d => d.Due));
    }

    [Fact]
    public void The_next_visit_is_due_the_policys_working_days_after_the_latest_visit_or_after_the_plan_began()
    {
        var policy = new PracticePolicy();
        policy.Timescales.VisitFrequencyWorkingDays = 5;
        var conference = new DateOnly(2026, 3, 2);
        var record = OnPlan(conference);
        var firstDue = DueDates.ForPlan(record, policy).Single(d => d.Label == CaseDueDates.NextVisit).Due;
        record.Visits.Add(new StatutoryVisit { VisitedOn = new DateOnly(2026, 3, 20) });
        record.Visits.Add(new StatutoryVisit { VisitedOn = new DateOnly(2026, 2, 1) });

        var afterVisit = DueDates.ForPlan(record, policy).Single(d => d.Label == CaseDueDates.NextVisit).Due;
        record.Stage = CaseStage.Closed;

        Assert.Equal(new DateOnly(2026, 3, 9), firstDue);
        Assert.Equal(new DateOnly(2026, 3, 27), afterVisit);
        Assert.DoesNotContain(DueDates.ForPlan(record, policy), d => d.Label == CaseDueDates.NextVisit);
    }

    [Fact]
    public void The_authoritys_own_review_interval_is_used_and_an_ended_plan_has_nothing_left_due()
    {
        var policy = new PracticePolicy();
        policy.Timescales.FirstReviewMonths = 2;
        var conference = new DateOnly(2026, 3, 2);
        var record = OnPlan(conference);

        Assert.Equal(new DateOnly(2026, 5, 2), DueDates.ForPlan(record, policy).Single(d => d.Label == "First review conference").Due);

        record.Stage = CaseStage.ChildInNeedPlan;
        record.ProtectionPlanEnd = new DateOnly(2026, 4, 1);
        Assert.Empty(DueDates.ForPlan(record, policy));
    }
}
