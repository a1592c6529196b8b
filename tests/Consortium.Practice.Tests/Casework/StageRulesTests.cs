using Consortium.Practice.Census;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Practice.Tests.Casework;

public sealed class StageRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static CaseRecord At(CaseStage stage, DateOnly since) => new()
    {
        Stage = stage,
        ReferralDate = new DateOnly(2026, 9, 1),
        History = stage == CaseStage.Referral ? [] : [new StageChange { To = stage, EffectiveOn = since }],
    };

    [Theory]
    [InlineData(CaseStage.Referral, CaseStage.Assessment)]
    [InlineData(CaseStage.Assessment, CaseStage.StrategyDiscussion)]
    [InlineData(CaseStage.StrategyDiscussion, CaseStage.Section47Enquiry)]
    [InlineData(CaseStage.Section47Enquiry, CaseStage.InitialConference)]
    [InlineData(CaseStage.InitialConference, CaseStage.ChildInNeedPlan)]
    [InlineData(CaseStage.ChildProtectionPlan, CaseStage.ChildInNeedPlan)]
    [InlineData(CaseStage.ChildInNeedPlan, CaseStage.StrategyDiscussion)]
    public void The_statutory_path_is_allowed(CaseStage from, CaseStage to) =>
        Assert.Empty(StageRules.Check(At(from, new DateOnly(2026, 10, 1)), new StageTransition(to, new DateOnly(2026, 11, 2), AssessmentFactors: ["3B"]), Today));

    [Theory]
    [InlineData(CaseStage.Referral, CaseStage.ChildProtectionPlan, "A case at referral cannot move to child protection plan. It can move to: single assessment, strategy discussion, closed")]
    [InlineData(CaseStage.Assessment, CaseStage.InitialConference, "A case at single assessment cannot move to initial child protection conference. It can move to: strategy discussion, child in need plan, closed")]
    [InlineData(CaseStage.Closed, CaseStage.Assessment, "A closed case cannot move to another stage. Record a new referral instead")]
    public void An_illegal_move_is_refused_with_the_reason(CaseStage from, CaseStage to, string reason) =>
        Assert.Equal([new FieldError("To", reason)], StageRules.Check(At(from, new DateOnly(2026, 10, 1)), new StageTransition(to, new DateOnly(2026, 11, 2)), Today));

    [Fact]
    public void Dates_must_not_be_in_the_future_or_before_the_current_stage_began()
    {
        var record = At(CaseStage.Assessment, new DateOnly(2026, 10, 1));

        Assert.Equal([new FieldError("EffectiveOn", "The date cannot be in the future")], StageRules.Check(record, new StageTransition(CaseStage.StrategyDiscussion, Today.AddDays(1), AssessmentFactors: ["21"]), Today));
        Assert.Equal([new FieldError("EffectiveOn", "The date must be on or after 1 October 2026, when the current stage began")], StageRules.Check(record, new StageTransition(CaseStage.StrategyDiscussion, new DateOnly(2026, 9, 30), AssessmentFactors: ["21"]), Today));
    }

    [Fact]
    public void A_plan_needs_a_category_of_abuse_and_closure_needs_a_reason()
    {
        Assert.Equal([new FieldError("CategoryOfAbuse", "Select the category of abuse")], StageRules.Check(At(CaseStage.InitialConference, Today), new StageTransition(CaseStage.ChildProtectionPlan, Today), Today));
        Assert.Equal([new FieldError("CategoryOfAbuse", "Select the category of abuse")], StageRules.Check(At(CaseStage.InitialConference, Today), new StageTransition(CaseStage.ChildProtectionPlan, Today, "XXX"), Today));
        Assert.Equal([new FieldError("ClosureReason", "Select the reason the case is closing")], StageRules.Check(At(CaseStage.Assessment, Today), new StageTransition(CaseStage.Closed, Today, AssessmentFactors: ["21"]), Today));
    }

    [Theory]
    [InlineData(new string[0], "Select the factors identified at the end of the assessment, or 'No factors identified'")]
    [InlineData(new[] { "3B", "99Z" }, "Select assessment factors from the list")]
    [InlineData(new[] { "3B", "3B" }, "Select each of the assessment factors once")]
    [InlineData(new[] { "21", "4B" }, "'No factors identified' cannot be selected with other assessment factors")]
    public void Authorising_an_assessment_needs_valid_census_factors(string[] factors, string message)
    {
        foreach (var to in new[] { CaseStage.ChildInNeedPlan, CaseStage.StrategyDiscussion })
        {
            Assert.Equal([new FieldError("AssessmentFactors", message)], StageRules.Check(At(CaseStage.Assessment, new DateOnly(2026, 10, 1)), new StageTransition(to, Today, AssessmentFactors: factors), Today));
        }
    }

    [Fact]
    public void Factors_are_recorded_when_the_assessment_is_authorised_and_not_asked_for_again()
    {
        var record = At(CaseStage.Referral, default);
        StageRules.Apply(record, new StageTransition(CaseStage.Assessment, new DateOnly(2026, 9, 2)), "Priya", DateTimeOffset.UnixEpoch);
        StageRules.Apply(record, new StageTransition(CaseStage.StrategyDiscussion, new DateOnly(2026, 9, 10), AssessmentFactors: ["3B", "16A"]), "Priya", DateTimeOffset.UnixEpoch);
        StageRules.Apply(record, new StageTransition(CaseStage.Assessment, new DateOnly(2026, 9, 12)), "Priya", DateTimeOffset.UnixEpoch);

        Assert.Equal(["3B", "16A"], record.AssessmentFactors.Select(f => f.Code));
        Assert.Equal(new DateOnly(2026, 9, 10), record.AssessmentAuthorised);
        Assert.False(StageRules.AuthorisesAssessment(record, CaseStage.ChildInNeedPlan));
        Assert.Empty(StageRules.Check(record, new StageTransition(CaseStage.ChildInNeedPlan, Today), Today));
        Assert.True(AssessmentFactor.List.All.All(f => System.Text.RegularExpressions.Regex.IsMatch(f.Code, "^([1-9]|1[0-9]|2[0-4])[A-F]?$")));
    }

    [Fact]
    public void Moving_records_the_stage_dates_and_history_and_changes_the_concurrency_token()
    {
        var record = At(CaseStage.Referral, default);
        var before = record.ConcurrencyToken;

        StageRules.Apply(record, new StageTransition(CaseStage.Assessment, new DateOnly(2026, 9, 2)), "Priya", DateTimeOffset.UnixEpoch);
        StageRules.Apply(record, new StageTransition(CaseStage.StrategyDiscussion, new DateOnly(2026, 9, 10), AssessmentFactors: ["21"]), "Priya", DateTimeOffset.UnixEpoch);
        StageRules.Apply(record, new StageTransition(CaseStage.Section47Enquiry, new DateOnly(2026, 9, 10)), "Priya", DateTimeOffset.UnixEpoch);
        StageRules.Apply(record, new StageTransition(CaseStage.InitialConference, new DateOnly(2026, 9, 30)), "Mo", DateTimeOffset.UnixEpoch);
        StageRules.Apply(record, new StageTransition(CaseStage.ChildProtectionPlan, new DateOnly(2026, 9, 30), "NEG"), "Mo", DateTimeOffset.UnixEpoch);
        StageRules.Apply(record, new StageTransition(CaseStage.Closed, new DateOnly(2026, 11, 20), ClosureReason: "RC7"), "Mo", DateTimeOffset.UnixEpoch);

        Assert.Equal(CaseStage.Closed, record.Stage);
        Assert.Equal(new DateOnly(2026, 9, 2), record.AssessmentStart);
        Assert.Equal(new DateOnly(2026, 9, 10), record.AssessmentAuthorised);
        Assert.Equal(new DateOnly(2026, 9, 10), record.StrategyDiscussion);
        Assert.Equal(new DateOnly(2026, 9, 30), record.InitialConference);
        Assert.Equal(CategoryOfAbuse.Neglect, record.CategoryOfAbuse);
        Assert.Equal(new DateOnly(2026, 9, 30), record.ProtectionPlanStart);
        Assert.Equal(new DateOnly(2026, 11, 20), record.ProtectionPlanEnd);
        Assert.Equal(ClosureReason.ServicesCeased, record.ClosureReason);
        Assert.Equal(6, record.History.Count);
        Assert.Equal(new DateOnly(2026, 11, 20), record.StageSince);
        Assert.NotEqual(before, record.ConcurrencyToken);
    }
}
