namespace Consortium.Scrutiny.Tests;

/// <summary>The default rules on hand-built figures, each at, just under and just over its thresholds.</summary>
public sealed class RagRulesTests
{
    private static readonly RagRules Rules = RagRules.Default;

    [Theory]
    [InlineData(60, 100, Rating.Green)]
    [InlineData(59, 100, Rating.Amber)]
    [InlineData(3, 5, Rating.Green)]
    [InlineData(40, 100, Rating.Amber)]
    [InlineData(39, 100, Rating.Red)]
    [InlineData(2, 5, Rating.Amber)]
    [InlineData(1, 3, Rating.Red)]
    [InlineData(0, 0, Rating.Red)]
    public void Audits_good_or_better_are_green_from_60_percent_amber_from_40_and_red_below_or_when_none_were_done(int good, int completed, Rating expected)
    {
        var judgement = Rules.Quality(completed, good);

        Assert.Equal(expected, judgement.Rating);
        Assert.Contains("60%", judgement.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(90, 100, Rating.Green)]
    [InlineData(9, 10, Rating.Green)]
    [InlineData(89, 100, Rating.Amber)]
    [InlineData(75, 100, Rating.Amber)]
    [InlineData(3, 4, Rating.Amber)]
    [InlineData(74, 100, Rating.Red)]
    [InlineData(0, 0, Rating.NotJudged)]
    public void Training_coverage_is_green_from_90_percent_amber_from_75_and_not_judged_when_nobody_needs_training(int compliant, int required, Rating expected) =>
        Assert.Equal(expected, Rules.Workforce(required, compliant).Rating);

    [Theory]
    [InlineData(1, 2, Rating.Green)]
    [InlineData(49, 100, Rating.Amber)]
    [InlineData(1, 4, Rating.Amber)]
    [InlineData(24, 100, Rating.Red)]
    [InlineData(0, 0, Rating.NotJudged)]
    public void Families_asked_in_half_the_audits_is_green_a_quarter_amber(int asked, int audits, Rating expected) =>
        Assert.Equal(expected, Rules.Voice(audits, asked).Rating);

    [Theory]
    [InlineData("2026-03-31", "2025-03-31", Rating.Green)]
    [InlineData("2026-03-31", "2025-03-30", Rating.Amber)]
    [InlineData("2026-03-31", "2024-03-31", Rating.Amber)]
    [InlineData("2026-03-31", "2024-03-30", Rating.Red)]
    [InlineData("2026-03-31", null, Rating.Red)]
    public void A_procedure_changed_within_12_months_of_the_period_end_is_green_within_24_amber_never_red(string periodEnd, string? lastChange, Rating expected) =>
        Assert.Equal(expected, Rules.Policy(DateOnly.Parse(periodEnd, System.Globalization.CultureInfo.InvariantCulture), lastChange is null ? null : DateOnly.Parse(lastChange, System.Globalization.CultureInfo.InvariantCulture)).Rating);

    [Fact]
    public void Outcomes_are_red_when_any_indicator_clearly_worsened_even_if_others_improved()
    {
        var judgement = Rules.Outcomes(["Re-referrals within 12 months"], ["Second or subsequent plans"], 5);

        Assert.Equal(Rating.Red, judgement.Rating);
        Assert.Contains("Second or subsequent plans", judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcomes_are_green_with_one_clear_improvement_amber_with_none_and_not_judged_with_nothing_compared()
    {
        Assert.Equal(Rating.Green, Rules.Outcomes(["Re-referrals within 12 months"], [], 5).Rating);
        Assert.Equal(Rating.Amber, Rules.Outcomes([], [], 5).Rating);
        Assert.Equal(Rating.NotJudged, Rules.Outcomes([], [], 0).Rating);
        Assert.Equal(Rating.Amber, (Rules with { OutcomesGreenImproved = 2 }).Outcomes(["Re-referrals within 12 months"], [], 5).Rating);
    }

    [Fact]
    public void Each_rule_states_its_thresholds_in_words()
    {
        var rules = new RagRules(AuditGoodGreenPercent: 70, AuditGoodAmberPercent: 50);

        var judgement = rules.Quality(10, 6);

        Assert.Equal(Rating.Amber, judgement.Rating);
        Assert.Equal("Green when at least 70% of the case-file audits completed in the period were graded good or better; amber from 50%; red below, or when no audit was completed.", judgement.Rule);
        Assert.Equal("6 of 10 audits completed (60.0%) were graded good or better.", judgement.Reason);
    }
}
