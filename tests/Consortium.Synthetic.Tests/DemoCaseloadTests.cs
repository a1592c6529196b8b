using Consortium.Practice.Casework;

namespace Consortium.Synthetic.Tests;

public sealed class DemoCaseloadTests
{
    [Fact]
    public void The_generator_is_deterministic_by_seed_and_every_path_obeys_the_stage_rules()
    {
        var today = new DateOnly(2026, 11, 27);
        var first = SyntheticCaseload.Generate(DemoSeeder.StableSeed("brent"), 200, today).ToList();
        var again = SyntheticCaseload.Generate(DemoSeeder.StableSeed("brent"), 200, today).ToList();

        Assert.Equal(first.Select(c => (c.Referral.GivenName, c.Referral.DateOfBirth, c.Moves.Count)), again.Select(c => (c.Referral.GivenName, c.Referral.DateOfBirth, c.Moves.Count)));
        Assert.All(first, synthetic =>
        {
            Assert.Empty(synthetic.Referral.Validate(today));
            var record = new CaseRecord { ReferralDate = synthetic.Referral.ReferralDate!.Value };
            foreach (var move in synthetic.Moves)
            {
                Assert.Empty(StageRules.Check(record, move, today));
                StageRules.Apply(record, move, "generator", DateTimeOffset.UnixEpoch);
            }
        });
        Assert.Contains(first, c => c.Moves.Any(m => m.To == CaseStage.ChildProtectionPlan));
        Assert.Contains(first, c => c.Moves.Any(m => m.To == CaseStage.Closed));
    }
}
