using Consortium.Practice.Audits;

namespace Consortium.Practice.Tests.Audits;

public sealed class AuditScoringTests
{
    private static readonly AuditQuestion[] Questions =
    [
        new() { Key = "a", Kind = AuditQuestionKind.YesNo, Weight = 3 },
        new() { Key = "b", Kind = AuditQuestionKind.YesNo, Weight = 1 },
        new() { Key = "c", Kind = AuditQuestionKind.Scale, Weight = 2, ZeroMeans = "None", TenMeans = "All" },
        new() { Key = "d", Kind = AuditQuestionKind.Text },
    ];

    [Fact]
    public void The_score_is_weighted_over_the_questions_answered_only()
    {
        // yes (3 of 3) + scale 5 (1 of 2); b not applicable and d free text count for nothing: 4 of 5.
        var score = AuditScoring.Score(Questions, new Dictionary<string, string> { ["a"] = "yes", ["b"] = "na", ["c"] = "5", ["d"] = "Good work" });

        Assert.Equal(80.0m, score);
    }

    [Fact]
    public void A_no_counts_against_and_unanswered_questions_do_not()
    {
        Assert.Equal(25.0m, AuditScoring.Score(Questions, new Dictionary<string, string> { ["a"] = "no", ["b"] = "yes" }));
        Assert.Null(AuditScoring.Score(Questions, new Dictionary<string, string> { ["b"] = "na", ["d"] = "text only" }));
    }

    [Fact]
    public void Domain_scores_are_kept_for_domains_with_a_scored_answer()
    {
        var framework = DefaultAuditFramework.Create();
        var scores = AuditScoring.DomainScores(framework, new Dictionary<string, string> { ["danger-statement"] = "yes", ["safety-goal"] = "no", ["network-size"] = "na" });

        var danger = Assert.Single(scores);
        Assert.Equal(("danger", 50.0m), (danger.DomainKey, danger.Score));
    }

    [Theory]
    [InlineData(AuditQuestionKind.YesNo, "maybe", false)]
    [InlineData(AuditQuestionKind.YesNo, "na", true)]
    [InlineData(AuditQuestionKind.Scale, "11", false)]
    [InlineData(AuditQuestionKind.Scale, "-1", false)]
    [InlineData(AuditQuestionKind.Scale, "10", true)]
    public void Answers_are_checked_against_the_question(AuditQuestionKind kind, string answer, bool valid) =>
        Assert.Equal(valid, AuditScoring.IsValid(new AuditQuestion { Key = "q", Kind = kind }, answer));
}
