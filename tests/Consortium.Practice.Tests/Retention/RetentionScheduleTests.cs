using Consortium.Practice.Policy;
using Consortium.Practice.Retention;

namespace Consortium.Practice.Tests.Retention;

public sealed class RetentionScheduleTests
{
    private static readonly DateOnly Born = new(2012, 6, 1);
    private static readonly Dictionary<RecordType, RetentionRule> Defaults = RetentionRule.Defaults();

    [Fact]
    public void A_child_in_need_record_is_kept_until_the_child_is_25()
    {
        var decision = RetentionSchedule.For(Born, [new(new DateOnly(2020, 1, 1), "RC7", false)], false, Defaults)!;

        Assert.Equal((new DateOnly(2037, 6, 1), RecordType.ChildInNeed), (decision.KeepUntil, decision.GovernedBy));
        Assert.Equal("child in need records: until the child is 25", decision.Reason);
    }

    [Fact]
    public void A_protection_plan_keeps_the_record_35_years_after_its_case_closed_the_longest_rule_winning()
    {
        var decision = RetentionSchedule.For(Born, [new(new DateOnly(2020, 1, 1), "RC7", false), new(new DateOnly(2024, 3, 1), "RC7", true)], false, Defaults)!;

        Assert.Equal((new DateOnly(2059, 3, 1), RecordType.ChildProtection), (decision.KeepUntil, decision.GovernedBy));
    }

    [Fact]
    public void An_open_case_under_a_rule_counted_from_closure_has_no_date_yet()
    {
        var decision = RetentionSchedule.For(Born, [new(null, null, true)], false, Defaults)!;

        Assert.Null(decision.KeepUntil);
        Assert.Contains("a case is open", decision.Reason, StringComparison.Ordinal);
        Assert.False(decision.IsDueForReview(new DateOnly(2100, 1, 1)));
    }

    [Fact]
    public void Adoption_and_early_help_apply_by_the_closure_reason_and_the_kind_of_map_and_the_authoritys_own_rules_are_used()
    {
        var rules = RetentionRule.Defaults();
        rules[RecordType.EarlyHelp] = new() { Basis = RetentionBasis.YearsAfterClosure, Years = 40 };

        var adopted = RetentionSchedule.For(Born, [new(new DateOnly(2020, 1, 1), "RC1", false)], false, rules)!;
        var earlyHelp = RetentionSchedule.For(Born, [new(new DateOnly(2020, 1, 1), "RC9", false)], true, rules)!;

        Assert.Equal((new DateOnly(2120, 1, 1), RecordType.Adoption), (adopted.KeepUntil, adopted.GovernedBy));
        Assert.Equal((new DateOnly(2060, 1, 1), RecordType.EarlyHelp), (earlyHelp.KeepUntil, earlyHelp.GovernedBy));
    }

    [Fact]
    public void A_record_past_its_date_is_due_for_review_and_a_child_with_no_case_has_no_rule()
    {
        var decision = RetentionSchedule.For(new DateOnly(1990, 1, 1), [new(new DateOnly(2000, 1, 1), "RC7", false)], false, Defaults)!;

        Assert.True(decision.IsDueForReview(new DateOnly(2026, 12, 5)));
        Assert.Null(RetentionSchedule.For(Born, [], false, Defaults));
    }
}
