using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.SafetyPlanning;
using Microsoft.Extensions.DependencyInjection;
using Consortium.Practice.Tests.Casework;

namespace Consortium.Practice.Tests.SafetyPlanning;

public sealed class SafetyPlanningServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<SafetyPlanningService, IServiceProvider, Task<T>> work) =>
        await _host.As(await _host.ProvisionedAsync(slug), sp => work(sp.GetRequiredService<SafetyPlanningService>(), sp));

    private async Task<(Guid CaseId, Guid Nana, Guid Aunt)> CaseWithNetwork()
    {
        var caseId = (await At("brent", (_, sp) => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!.Id;
        await At("brent", (s, _) => s.AddMemberAsync(caseId, new NetworkMemberInput("Nana Okafor", "Grandmother", "07700 900123", true, "Stays overnight"), Priya));
        await At("brent", (s, _) => s.AddMemberAsync(caseId, new NetworkMemberInput("Ada Okafor", "Aunt", null, false, "Checks in after school"), Priya));
        var network = (await At("brent", (s, _) => s.OpenAsync(caseId, Priya)))!.Network;
        return (caseId, network[0].Id, network[1].Id);
    }

    private static PlanInput Plan(PlanStatus status, Guid member, string rule = "An adult from the network is with Amara every night.") => new()
    {
        Status = status,
        Rules = [(rule, [member])],
        WarningSigns = "Mum does not answer the phone after 8pm.",
        BottomLines = "Amara is never alone overnight.",
        ChildsVersion = "Nana or Auntie Ada is always with me at night.",
        ReviewOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(28),
    };

    [Fact]
    public async Task Every_revision_of_the_plan_is_kept_and_the_latest_is_current()
    {
        var (caseId, nana, aunt) = await CaseWithNetwork();

        Assert.True((await At("brent", (s, _) => s.ReviseAsync(caseId, Plan(PlanStatus.Draft, nana), 0, Priya))).IsDone);
        Assert.True((await At("brent", (s, _) => s.ReviseAsync(caseId, Plan(PlanStatus.Trial, aunt, "Auntie Ada checks in every day after school."), 1, Priya))).IsDone);
        var planning = (await At("brent", (s, _) => s.OpenAsync(caseId, Priya)))!;

        Assert.Equal([2, 1], planning.Revisions.Select(r => r.Revision));
        Assert.Equal(PlanStatus.Trial, planning.Current!.Status);
        Assert.Equal("An adult from the network is with Amara every night.", planning.Revisions[1].Rules[0].Rule);
        Assert.Equal([nana], planning.Revisions[1].Rules[0].ResponsibleMembers);
        Assert.True(planning.Network[0].KnowsDangerStatements);
    }

    [Fact]
    public async Task A_revision_based_on_an_old_one_is_refused_and_nothing_is_lost()
    {
        var (caseId, nana, _) = await CaseWithNetwork();
        await At("brent", (s, _) => s.ReviseAsync(caseId, Plan(PlanStatus.Draft, nana), 0, Priya));

        var stale = await At("brent", (s, _) => s.ReviseAsync(caseId, Plan(PlanStatus.Agreed, nana, "Overwrite"), 0, Priya));

        Assert.False(stale.IsDone);
        Assert.StartsWith("Priya Practitioner saved revision 1 of this plan at ", stale.Conflict().Message, StringComparison.Ordinal);
        Assert.Equal("1", stale.Conflict().Version);
        var status = Assert.Single(stale.Conflict().Changes, c => c.Field == "Status");
        Assert.Equal(("", "Draft", "Agreed"), (status.Before, status.After, status.Yours));
        Assert.Single((await At("brent", (s, _) => s.OpenAsync(caseId, Priya)))!.Revisions);
    }

    [Fact]
    public async Task A_rule_needs_someone_from_this_network_to_keep_it()
    {
        var (caseId, _, _) = await CaseWithNetwork();

        var nobody = await At("brent", (s, _) => s.ReviseAsync(caseId, Plan(PlanStatus.Draft, Guid.NewGuid()), 0, Priya));
        var noStatus = await At("brent", (s, _) => s.ReviseAsync(caseId, new PlanInput { Rules = [("A rule", [])] }, 0, Priya));

        Assert.Equal([new FieldError("Rules-0", "Rule 1: choose people from this case's safety network")], nobody.Errors());
        Assert.Equal(["Status", "Rules-0"], noStatus.Errors().Select(p => p.Field));
    }

    [Fact]
    public async Task Another_authority_cannot_see_or_change_the_network_or_plan()
    {
        var (caseId, nana, _) = await CaseWithNetwork();

        Assert.Null(await At("bristol", (s, _) => s.OpenAsync(caseId, Priya)));
        Assert.False((await At("bristol", (s, _) => s.AddMemberAsync(caseId, new NetworkMemberInput("X", "Y", null, false, null), Priya))).IsDone);
        Assert.False((await At("bristol", (s, _) => s.ReviseAsync(caseId, Plan(PlanStatus.Draft, nana), 0, Priya))).IsDone);
    }
}
