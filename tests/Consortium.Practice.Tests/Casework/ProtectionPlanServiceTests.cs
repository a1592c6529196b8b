using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class ProtectionPlanServiceTests : IAsyncLifetime
{
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly PlanStart = Today.AddDays(-10);
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> AtBrent<T>(Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync("brent"), work);

    private Task<Outcome<CaseRecord>> Review(Guid caseId, ReviewInput review, Guid token, StaffMember? who = null) =>
        AtBrent(sp => sp.GetRequiredService<ProtectionPlanService>().RecordReviewAsync(caseId, review, token, who ?? Priya));

    private Task<Outcome<CaseRecord>> CoreGroup(Guid caseId, DateOnly heldOn, Guid token, StaffMember? who = null) =>
        AtBrent(sp => sp.GetRequiredService<ProtectionPlanService>().RecordCoreGroupAsync(caseId, heldOn, token, who ?? Priya));

    private Task<CaseRecord> Opened(Guid caseId) => AtBrent(async sp => (await sp.GetRequiredService<CaseworkService>().OpenCaseAsync(caseId, Priya))!.Value.Case);

    /// <summary>A case on a child protection plan that started ten days ago.</summary>
    private async Task<CaseRecord> OnAPlan()
    {
        var record = (await AtBrent(sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral() with { ReferralDate = Today.AddDays(-30) }, Priya))).Value!;
        foreach (var move in new[]
        {
            new StageTransition(CaseStage.StrategyDiscussion, Today.AddDays(-25)),
            new StageTransition(CaseStage.Section47Enquiry, Today.AddDays(-25)),
            new StageTransition(CaseStage.InitialConference, PlanStart),
            new StageTransition(CaseStage.ChildProtectionPlan, PlanStart, "NEG"),
        })
        {
            record = (await AtBrent(sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, move, record.ConcurrencyToken, Priya))).Value!;
        }

        return record;
    }

    [Fact]
    public async Task Meetings_are_recorded_against_the_plan_shown_held_against_due_and_logged()
    {
        var record = await OnAPlan();

        var afterCoreGroup = (await CoreGroup(record.Id, PlanStart.AddDays(3), record.ConcurrencyToken)).Value!;
        var afterReview = (await Review(record.Id, new ReviewInput(Today, ReviewOutcome.ContinuePlan), afterCoreGroup.ConcurrencyToken)).Value!;

        var opened = await Opened(record.Id);
        Assert.Equal(CaseStage.ChildProtectionPlan, opened.Stage);
        Assert.Equal([(PlanStart, PlanStart.AddDays(3))], opened.CoreGroups.Select(g => (g.PlanStart, g.HeldOn)));
        Assert.Equal([(PlanStart, Today, ReviewOutcome.ContinuePlan)], opened.Reviews.Select(r => (r.PlanStart, r.HeldOn, r.Outcome)));
        Assert.NotEqual(afterCoreGroup.ConcurrencyToken, afterReview.ConcurrencyToken);
        var due = await AtBrent(sp => Task.FromResult(sp.GetRequiredService<CaseDueDates>().ForPlan(opened, new PracticePolicy())));
        Assert.Equal(["First core group", "First review conference", "Review conference 2", CaseDueDates.NextVisit], due.Select(d => d.Label));
        Assert.Equal([PlanStart.AddDays(3), Today, null, null], due.Select(d => d.Done));
        Assert.Equal(Today.AddMonths(6), due[2].Due);
        var log = await AtBrent(sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(record.ChildId));
        Assert.Contains(log, l => l.Action == AccessAction.Created && l.RecordType == "core-group");
        Assert.Contains(log, l => l.Action == AccessAction.Created && l.RecordType == "review-conference");
    }

    [Fact]
    public async Task A_meeting_before_the_plan_in_the_future_or_twice_on_a_day_is_refused_and_nothing_saved()
    {
        var record = await OnAPlan();
        var token = (await CoreGroup(record.Id, Today, record.ConcurrencyToken)).Value!.ConcurrencyToken;

        var before = await Review(record.Id, new ReviewInput(PlanStart.AddDays(-1), ReviewOutcome.ContinuePlan), token);
        var future = await CoreGroup(record.Id, Today.AddDays(1), token);
        var twice = await CoreGroup(record.Id, Today, token);
        var endingWithoutWhatFollows = await Review(record.Id, new ReviewInput(Today, ReviewOutcome.EndPlan), token);
        var closingWithoutReason = await Review(record.Id, new ReviewInput(Today, ReviewOutcome.EndPlan, CaseStage.Closed), token);

        Assert.Equal([new FieldError("HeldOn", $"The date must be on or after {PlanStart:d MMMM yyyy}, when the plan started")], before.Errors());
        Assert.Equal([new FieldError("HeldOn", "The date cannot be in the future")], future.Errors());
        Assert.Equal([new FieldError("HeldOn", $"A core group meeting held on {Today:d MMMM yyyy} is already recorded")], twice.Errors());
        Assert.Equal([new FieldError("Then", "Select what follows the plan: a child in need plan, or closing the case")], endingWithoutWhatFollows.Errors());
        Assert.Equal([new FieldError("ClosureReason", "Select the reason the case is closing")], closingWithoutReason.Errors());
        var opened = await Opened(record.Id);
        Assert.Single(opened.CoreGroups);
        Assert.Empty(opened.Reviews);
        Assert.Equal(token, opened.ConcurrencyToken);
    }

    [Fact]
    public async Task Ending_the_plan_at_a_review_moves_the_case_on_as_a_stage_move_would_and_nothing_more_can_be_recorded()
    {
        var record = await OnAPlan();

        var ended = await Review(record.Id, new ReviewInput(Today, ReviewOutcome.EndPlan, CaseStage.ChildInNeedPlan), record.ConcurrencyToken);

        Assert.True(ended.IsDone);
        var opened = await Opened(record.Id);
        Assert.Equal(CaseStage.ChildInNeedPlan, opened.Stage);
        Assert.Equal(Today, opened.ProtectionPlanEnd);
        Assert.Equal(Today, opened.NeedPlanStart);
        var last = opened.History.OrderBy(h => h.RecordedAt).ThenBy(h => h.Id).Last();
        Assert.Equal((CaseStage.ChildProtectionPlan, CaseStage.ChildInNeedPlan, Today), (last.From, last.To, last.EffectiveOn));
        var more = await CoreGroup(record.Id, Today, opened.ConcurrencyToken);
        Assert.Equal(ProtectionPlanRules.NoOpenPlan, more.Failure);
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_the_second_is_refused_with_what_changed_and_the_first_kept()
    {
        var record = await OnAPlan();

        var first = await Review(record.Id, new ReviewInput(Today, ReviewOutcome.ContinuePlan), record.ConcurrencyToken, Priya);
        var second = await CoreGroup(record.Id, Today.AddDays(-1), record.ConcurrencyToken, Mo);

        Assert.True(first.IsDone);
        Assert.True(second.Failure is Failure.Conflict);
        // The version both started from was kept when the case changed, so the conflict lists the review field by field.
        Assert.StartsWith("Priya Practitioner changed this case", second.Conflict().Message, StringComparison.Ordinal);
        var reviews = Assert.Single(second.Conflict().Changes);
        Assert.Equal((nameof(CaseRecord.Reviews), "", $"{Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}: the plan continues"), (reviews.Field, reviews.Before, reviews.After));
        var opened = await Opened(record.Id);
        Assert.Single(opened.Reviews);
        Assert.Empty(opened.CoreGroups);
    }

    [Fact]
    public async Task Another_authority_given_the_case_id_records_nothing()
    {
        var record = await OnAPlan();
        var bristol = await _host.ProvisionedAsync("bristol");

        var review = await _host.As(bristol, sp => sp.GetRequiredService<ProtectionPlanService>().RecordReviewAsync(record.Id, new ReviewInput(Today, ReviewOutcome.ContinuePlan), record.ConcurrencyToken, Priya));
        var coreGroup = await _host.As(bristol, sp => sp.GetRequiredService<ProtectionPlanService>().RecordCoreGroupAsync(record.Id, Today, record.ConcurrencyToken, Priya));

        Assert.Equal(new Failure.NotFound("case"), review.Failure);
        Assert.Equal(new Failure.NotFound("case"), coreGroup.Failure);
        Assert.Equal(0, await AtBrent(sp => sp.GetRequiredService<PracticeDbContext>().ReviewConferences.CountAsync()));
        Assert.Equal(0, await _host.As(bristol, sp => sp.GetRequiredService<PracticeDbContext>().ReviewConferences.CountAsync()));
    }
}
