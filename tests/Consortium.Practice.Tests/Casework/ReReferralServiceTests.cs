using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class ReReferralServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly StaffMember Other = new("brent-other", "Olu Other", "Team 2", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    public static ReReferral Again(DateOnly on) => new() { ReferralDate = on, ReferralSource = "3A", PrimaryNeed = "N2", Reason = "Police attended a domestic incident.", ReferrerName = "PC Dorian Gale", ReferrerAgency = "Metropolitan Police", ReferrerPhone = "020 7946 0000" };

    /// <summary>A child referred 20 days ago whose case closed with no further action 10 days ago.</summary>
    private async Task<CaseRecord> ClosedEpisode()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;
        var closed = await At("brent", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, new StageTransition(CaseStage.Closed, Today.AddDays(-10), ClosureReason: "RC8"), record.ConcurrencyToken, Mo));
        Assert.True(closed.IsDone, closed.Failure?.ToString());
        return record;
    }

    [Fact]
    public async Task A_new_referral_of_a_known_child_is_a_new_episode_of_the_same_child_and_is_logged()
    {
        var first = await ClosedEpisode();

        var again = await At("brent", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.ChildId, Again(Today.AddDays(-2)), Other));

        Assert.True(again.IsDone, again.Failure?.ToString());
        Assert.Equal(first.ChildId, again.Value!.ChildId);
        Assert.Equal(CaseStage.Referral, again.Value.Stage);
        Assert.Equal("Olu Other", again.Value.WorkerName);
        Assert.Equal(1, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Children.CountAsync()));
        var opened = await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(first.ChildId, Priya));
        Assert.Equal(2, opened.Cases.Count);
        var log = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(first.ChildId));
        Assert.Contains(log, l => l.Action == AccessAction.Created && l.RecordId == again.Value.Id && l.StaffName == "Olu Other");
    }

    [Fact]
    public async Task A_child_whose_case_is_open_is_referred_again_as_a_referral_closed_that_day_with_no_further_action()
    {
        var open = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;

        var again = await At("brent", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(open.ChildId, Again(Today), Priya));
        var early = await At("brent", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(open.ChildId, Again(open.ReferralDate.AddDays(-1)), Priya));

        Assert.True(again.IsDone, again.Failure?.ToString());
        Assert.Equal((CaseStage.Closed, Today, "RC8"), (again.Value!.Stage, again.Value.ClosedOn, again.Value.ClosureReason?.Code));
        Assert.Contains("on or after the open case's referral", Assert.Single(early.Errors()).Message, StringComparison.Ordinal);
        var opened = await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenCaseAsync(open.Id, Priya));
        Assert.Equal(CaseStage.Referral, opened!.Value.Case.Stage);
        Assert.Equal(2, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.CountAsync()));
    }

    [Fact]
    public async Task The_new_referral_must_come_after_the_last_episode_closed_and_say_who_referred_and_why()
    {
        var first = await ClosedEpisode();

        var overlapping = await At("brent", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.ChildId, Again(Today.AddDays(-10)) with { ReferralSource = "ZZ", PrimaryNeed = null }, Priya));

        Assert.Equal(["ReferralDate", "ReferralSource", "PrimaryNeed"], overlapping.Errors().Select(e => e.Field));
        Assert.Contains("after the child's last episode closed", overlapping.Errors()[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.CountAsync()));
    }

    [Fact]
    public async Task A_restricted_child_or_another_authoritys_child_is_not_found()
    {
        var first = await ClosedEpisode();
        var child = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Children.AsNoTracking().SingleAsync());
        var manager = new StaffMember("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, manager))).IsDone);

        var restricted = await At("brent", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.ChildId, Again(Today), Other));
        var elsewhere = await At("bristol", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.ChildId, Again(Today), Priya));

        Assert.IsType<Failure.NotFound>(restricted.Failure);
        Assert.IsType<Failure.NotFound>(elsewhere.Failure);
        Assert.Equal(0, await At("bristol", sp => sp.GetRequiredService<PracticeDbContext>().Cases.CountAsync()));
        Assert.Equal(1, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.CountAsync()));
    }
}
