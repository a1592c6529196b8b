using Consortium.Practice.Audits;
using Consortium.Practice.Casework;

namespace Consortium.Practice.Tests.Audits;

public sealed class AuditorAllocationTests
{
    private static readonly Auditor Head = new(Guid.NewGuid(), "Hal Head", "Senior leadership", null, "head@brent", null);
    private static readonly Auditor ManagerA = new(Guid.NewGuid(), "Ann Manager", "Team A", Head.Id, "ann@brent", "ann-subject");
    private static readonly Auditor ManagerB = new(Guid.NewGuid(), "Bob Manager", "Team B", Head.Id, "bob@brent", null);
    private static readonly Auditor Qa = new(Guid.NewGuid(), "Quinn Assurance", null, null, "qa@brent", null);
    private static readonly Auditor WorkerA = new(Guid.NewGuid(), "Wendy Worker", "Team A", ManagerA.Id, "wendy@brent", "wendy-subject");

    private static SampleCandidate Case(string team, string worker) => new(Guid.NewGuid(), Guid.NewGuid(), "K1", team, CaseStage.Assessment, worker, "Someone");

    [Fact]
    public void Nobody_audits_a_case_of_their_own_team_or_of_someone_they_manage_however_far_up()
    {
        var allocation = new AuditorAllocation([Head, ManagerA, ManagerB, Qa], [Head, ManagerA, ManagerB, Qa, WorkerA]);

        Assert.False(allocation.MayAudit(ManagerA, "Team A", "someone-else"));
        Assert.False(allocation.MayAudit(Head, "Team C", "wendy-subject"));
        Assert.False(allocation.MayAudit(ManagerA, "Team C", "wendy@brent"));
        Assert.True(allocation.MayAudit(ManagerB, "Team A", "wendy-subject"));
        Assert.True(allocation.MayAudit(Qa, "Team A", "wendy-subject"));
    }

    [Fact]
    public void Cases_go_to_the_allowed_auditor_with_the_fewest_audits_and_none_when_nobody_is_allowed()
    {
        var allocation = new AuditorAllocation([ManagerA, ManagerB], [Head, ManagerA, ManagerB, WorkerA]);
        var cases = new[] { Case("Team A", "wendy-subject"), Case("Team C", "x"), Case("Team C", "x"), Case("Team C", "x") };

        var chosen = allocation.Allocate(cases, new Dictionary<Guid, int> { [ManagerA.Id] = 1 });

        Assert.Equal(["Bob Manager", "Ann Manager", "Bob Manager", "Ann Manager"], chosen.Select(a => a?.Name));
        var bothInTeams = new AuditorAllocation([ManagerA], [ManagerA, WorkerA]).Allocate([Case("Team A", "x")], new Dictionary<Guid, int>());
        Assert.Null(Assert.Single(bothInTeams));
    }
}
