using Consortium.Practice.Audits;
using Consortium.Practice.Casework;

namespace Consortium.Practice.Tests.Audits;

public sealed class AuditSamplerTests
{
    private static List<SampleCandidate> Cases(string team, CaseStage stage, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SampleCandidate(new Guid(i + 1, (short)team.Length, (short)stage, new byte[8]), Guid.NewGuid(), $"K{i}", team, stage, $"worker-{i % 3}", $"Worker {i % 3}"))];

    private static readonly List<SampleCandidate> Caseload =
        [.. Cases("Team A", CaseStage.Assessment, 30), .. Cases("Team A", CaseStage.ChildProtectionPlan, 10), .. Cases("Team Bee", CaseStage.ChildInNeedPlan, 3)];

    [Fact]
    public void The_same_seed_draws_the_same_sample_and_another_seed_another()
    {
        var first = AuditSampler.Draw(Caseload, 5, 42).Select(c => c.CaseId).ToList();
        var again = AuditSampler.Draw(Enumerable.Reverse(Caseload), 5, 42).Select(c => c.CaseId).ToList();
        var other = AuditSampler.Draw(Caseload, 5, 43).Select(c => c.CaseId).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void Each_team_gets_its_share_spread_over_the_stages_in_proportion()
    {
        var drawn = AuditSampler.Draw(Caseload, 8, 7);

        var teamA = drawn.Where(c => c.Team == "Team A").ToList();
        Assert.Equal(8, teamA.Count);
        Assert.Equal(6, teamA.Count(c => c.Stage == CaseStage.Assessment));
        Assert.Equal(2, teamA.Count(c => c.Stage == CaseStage.ChildProtectionPlan));
        Assert.Equal(3, drawn.Count(c => c.Team == "Team Bee"));
    }

    [Fact]
    public void Over_many_seeds_every_case_of_a_stage_is_equally_likely()
    {
        var counts = new Dictionary<Guid, int>();
        for (var seed = 1; seed <= 3000; seed++)
        {
            foreach (var c in AuditSampler.Draw(Caseload, 8, seed).Where(c => c.Stage == CaseStage.Assessment))
            {
                counts[c.CaseId] = counts.GetValueOrDefault(c.CaseId) + 1;
            }
        }

        // Each of the 30 assessment cases is drawn 6 times in 30 per seed: 600 times in 3,000 draws.
        Assert.Equal(30, counts.Count);
        Assert.All(counts.Values, n => Assert.InRange(n, 480, 720));
    }
}
