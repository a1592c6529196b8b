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
