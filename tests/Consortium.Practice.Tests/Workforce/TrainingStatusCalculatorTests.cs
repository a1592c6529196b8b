using Consortium.Practice.Access;
using Consortium.Practice.Workforce;
using static Consortium.Practice.Workforce.TrainingStatusCalculator;

namespace Consortium.Practice.Tests.Workforce;

public sealed class TrainingStatusCalculatorTests
{
    private static readonly DateOnly Start = new(2025, 1, 15);

    private static LevelStatus Status(StaffRole role, string level, DateOnly today, params Completion[] completions) =>
        Status(DefaultTrainingPolicy.Create(), new Person(role, Start, null), level, today, completions);

    private static LevelStatus Status(TrainingPolicy policy, Person person, string level, DateOnly today, params Completion[] completions) =>
        StatusOf(policy, person, completions, today).Single(s => s.Level == level);

    [Fact]
    public void A_practitioner_without_introductory_training_is_due_until_three_months_after_starting_then_overdue()
    {
        var lastDay = Status(StaffRole.Practitioner, DefaultTrainingPolicy.Introductory, new DateOnly(2025, 4, 15));
        var dayAfter = Status(StaffRole.Practitioner, DefaultTrainingPolicy.Introductory, new DateOnly(2025, 4, 16));

        Assert.Equal(TrainingState.Due, lastDay.State);
        Assert.Equal(new DateOnly(2025, 4, 15), lastDay.DueBy);
        Assert.Equal(TrainingState.Overdue, dayAfter.State);
    }

    [Fact]
    public void A_practitioner_has_twelve_months_for_advanced_training_so_is_still_due_when_introductory_is_overdue()
    {
        var today = new DateOnly(2025, 6, 1);

        Assert.Equal(TrainingState.Overdue, Status(StaffRole.Practitioner, DefaultTrainingPolicy.Introductory, today).State);
        var advanced = Status(StaffRole.Practitioner, DefaultTrainingPolicy.Advanced, today);
        Assert.Equal(TrainingState.Due, advanced.State);
        Assert.Equal(new DateOnly(2026, 1, 15), advanced.DueBy);
        Assert.Equal(TrainingState.Overdue, Status(StaffRole.Practitioner, DefaultTrainingPolicy.Advanced, new DateOnly(2026, 1, 16)).State);
    }

    [Fact]
    public void Completing_a_level_makes_the_person_compliant_even_after_the_grace_period_and_a_level_without_refresher_never_expires()
    {
        var status = Status(StaffRole.Practitioner, DefaultTrainingPolicy.Introductory, new DateOnly(2040, 1, 1),
            new Completion(DefaultTrainingPolicy.Introductory, new DateOnly(2025, 3, 1)));

        Assert.Equal(TrainingState.Compliant, status.State);
        Assert.Equal(new DateOnly(2025, 3, 1), status.CompletedOn);
        Assert.Null(status.ExpiresOn);
    }

    [Fact]
    public void A_completion_of_another_level_or_dated_after_today_does_not_count()
    {
        var today = new DateOnly(2025, 5, 1);
        var status = Status(StaffRole.Practitioner, DefaultTrainingPolicy.Introductory, today,
            new Completion(DefaultTrainingPolicy.Overview, new DateOnly(2025, 2, 1)),
            new Completion(DefaultTrainingPolicy.Introductory, new DateOnly(2025, 6, 1)));

        Assert.Equal(TrainingState.Overdue, status.State);
        Assert.Null(status.CompletedOn);
    }

    [Fact]
    public void A_refresher_is_compliant_while_current_due_in_its_last_three_months_and_overdue_once_expired()
    {
        var policy = DefaultTrainingPolicy.Create();
        policy.Requirements.Add(new() { Role = StaffRole.Practitioner, Level = DefaultTrainingPolicy.LicensedTrainer, WithinMonths = 6 });
        var person = new Person(StaffRole.Practitioner, Start, null);
        var licensed = new Completion(DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2025, 3, 1));

        var current = Status(policy, person, DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2026, 11, 30), licensed);
        var soon = Status(policy, person, DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2026, 12, 1), licensed);
        var lastDay = Status(policy, person, DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2027, 2, 28), licensed);
        var expired = Status(policy, person, DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2027, 3, 1), licensed);

        Assert.Equal(TrainingState.Compliant, current.State);
        Assert.Equal(TrainingState.Due, soon.State);
        Assert.Equal(TrainingState.Due, lastDay.State);
        Assert.Equal(TrainingState.Overdue, expired.State);
        Assert.Equal(new DateOnly(2027, 3, 1), expired.ExpiresOn);
        Assert.Equal(new DateOnly(2027, 3, 1), expired.DueBy);
    }

    [Fact]
    public void A_refresher_completed_again_makes_the_person_compliant_from_the_latest_completion()
    {
        var policy = DefaultTrainingPolicy.Create();
        policy.Requirements.Add(new() { Role = StaffRole.TeamManager, Level = DefaultTrainingPolicy.LicensedTrainer, WithinMonths = 6 });
        var status = Status(policy, new Person(StaffRole.TeamManager, Start, null), DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2027, 6, 1),
            new Completion(DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2025, 3, 1)),
            new Completion(DefaultTrainingPolicy.LicensedTrainer, new DateOnly(2027, 2, 1)));

        Assert.Equal(TrainingState.Compliant, status.State);
        Assert.Equal(new DateOnly(2029, 2, 1), status.ExpiresOn);
    }

    [Fact]
    public void A_level_the_role_does_not_need_is_not_required_whether_or_not_it_was_completed()
    {
        var today = new DateOnly(2026, 6, 1);

        Assert.Equal(TrainingState.NotRequired, Status(StaffRole.Practitioner, DefaultTrainingPolicy.PracticeLeader, today).State);
        Assert.Equal(TrainingState.NotRequired, Status(StaffRole.QualityAssurance, DefaultTrainingPolicy.Introductory, today).State);
        var overview = Status(StaffRole.TenantAdministrator, DefaultTrainingPolicy.Overview, today,
            new Completion(DefaultTrainingPolicy.Overview, new DateOnly(2025, 2, 1)));
        Assert.Equal(TrainingState.NotRequired, overview.State);
        Assert.Equal(new DateOnly(2025, 2, 1), overview.CompletedOn);
    }

    [Fact]
    public void Team_managers_need_advanced_and_practice_leader_but_not_introductory()
    {
        var today = new DateOnly(2025, 3, 1);

        Assert.Equal(TrainingState.NotRequired, Status(StaffRole.TeamManager, DefaultTrainingPolicy.Introductory, today).State);
        Assert.Equal(TrainingState.Due, Status(StaffRole.TeamManager, DefaultTrainingPolicy.Advanced, today).State);
        Assert.Equal(TrainingState.Due, Status(StaffRole.TeamManager, DefaultTrainingPolicy.PracticeLeader, today).State);
    }

    [Fact]
    public void Someone_who_has_left_needs_nothing()
    {
        var status = Status(DefaultTrainingPolicy.Create(), new Person(StaffRole.Practitioner, Start, new DateOnly(2025, 3, 31)),
            DefaultTrainingPolicy.Introductory, new DateOnly(2025, 6, 1));

        Assert.Equal(TrainingState.NotRequired, status.State);
    }

    [Fact]
    public void An_authority_that_changes_the_grace_period_changes_when_the_person_becomes_overdue()
    {
        var policy = DefaultTrainingPolicy.Create();
        policy.Requirements.Single(r => r.Role == StaffRole.Practitioner && r.Level == DefaultTrainingPolicy.Introductory).WithinMonths = 6;

        var status = Status(policy, new Person(StaffRole.Practitioner, Start, null), DefaultTrainingPolicy.Introductory, new DateOnly(2025, 6, 1));

        Assert.Equal(TrainingState.Due, status.State);
        Assert.Equal(new DateOnly(2025, 7, 15), status.DueBy);
    }

    [Fact]
    public void The_default_policy_is_valid_and_a_prerequisite_cycle_or_unknown_level_is_not()
    {
        Assert.Empty(TrainingPolicyValidator.Validate(DefaultTrainingPolicy.Create()));

        var cycle = DefaultTrainingPolicy.Create();
        cycle.Level(DefaultTrainingPolicy.Introductory)!.Prerequisites.Add(DefaultTrainingPolicy.Advanced);
        Assert.Contains(TrainingPolicyValidator.Validate(cycle), e => e.Message.Contains("cannot need itself", StringComparison.Ordinal));

        var unknown = DefaultTrainingPolicy.Create();
        unknown.Requirements.Add(new() { Role = StaffRole.QualityAssurance, Level = "coaching", WithinMonths = 3 });
        Assert.Contains(TrainingPolicyValidator.Validate(unknown), e => e.Field == "Requirements.4.Level");
    }
}
