using Consortium.Practice.Audits;

namespace Consortium.Practice.Tests.Audits;

public sealed class ModerationAgreementTests
{
    [Fact]
    public void Full_agreement_gives_a_kappa_of_one()
    {
        var pairs = Enumerable.Range(0, 12).Select(i => (1 + (i % 4), 1 + (i % 4))).ToList();

        Assert.Equal(1.0, AuditorAgreement.WeightedKappa(pairs, 4));
    }

    [Fact]
    public void Weighted_kappa_on_a_hand_worked_table()
    {
        // 10 audits on a 4-point scale: (1,1) x2, (2,2) x3, (3,3) x3, (2,3) once, (2,4) once. Linear weights 1, 2/3, 1/3, 0.
        // Observed: (8 + 2/3 + 1/3) / 10 = 0.9. Margins: auditor .2 .5 .3 0, moderator .2 .3 .4 .1.
        // Expected: .2 x .5333 + .5 x .7333 + .3 x .7333 = 0.6933; kappa = (0.9 - 0.6933) / (1 - 0.6933) = 0.674.
        var pairs = new List<(int, int)> { (1, 1), (1, 1), (2, 2), (2, 2), (2, 2), (3, 3), (3, 3), (3, 3), (2, 3), (2, 4) };

        Assert.Equal(0.674, AuditorAgreement.WeightedKappa(pairs, 4));
    }

    [Fact]
    public void Too_few_moderated_audits_give_a_share_but_no_kappa()
    {
        var agreement = Assert.Single(AuditorAgreement.For([("Ann", 2, 2), ("Ann", 3, 2), ("Ann", 2, 2)], 4));

        Assert.Equal((3, 2), (agreement.Moderated, agreement.Agreed));
        Assert.Null(agreement.Kappa);
    }
}
