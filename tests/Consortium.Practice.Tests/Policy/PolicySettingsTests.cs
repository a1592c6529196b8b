using Consortium.Practice.Policy;

namespace Consortium.Practice.Tests.Policy;

public sealed class PolicySettingsTests
{
    [Fact]
    public void A_change_is_told_by_the_settings_name_with_its_unit_or_the_words_for_its_choice()
    {
        var before = new PracticePolicy();
        var after = PolicySettings.With(before, "Timescales.AssessmentWorkingDays", "40").Policy!;
        after = PolicySettings.With(after, "Terminology.ModelName", "Growing Safety").Policy!;
        after = PolicySettings.With(after, "Retention.Adoption.Basis", "UntilAge").Policy!;

        Assert.Equal(
            [
                "Assessment timescale: 45 → 40 working days",
                "Name of the practice model: Signs of Safety → Growing Safety",
                "Retention basis for adoption records: for a number of years after the case closed → until the child reaches an age",
            ],
            PolicySettings.Differences(before, after));
    }

    [Fact]
    public void Paths_are_found_whatever_their_case_and_the_value_is_typed()
    {
        var (policy, error) = PolicySettings.With(new PracticePolicy(), " timescales.assessmentworkingdays ", " 40 ");

        Assert.Null(error);
        Assert.Equal(40, policy!.Timescales.AssessmentWorkingDays);
    }

    [Fact]
    public void An_unknown_path_lists_the_settings_there_are()
    {
        var (policy, error) = PolicySettings.With(new PracticePolicy(), "Timescales.Nope", "1");

        Assert.Null(policy);
        Assert.StartsWith("'Timescales.Nope' is not a setting. Settings are: Timescales.AssessmentWorkingDays, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_setting_refuses_text_in_the_words_of_its_question() =>
        Assert.Equal("First core group within must be a whole number", PolicySettings.With(new PracticePolicy(), "Timescales.CoreGroupWorkingDays", "ten").Error);

    [Theory]
    [InlineData("untilage", RetentionBasis.UntilAge)]
    [InlineData("YearsAfterClosure", RetentionBasis.YearsAfterClosure)]
    public void A_choice_setting_takes_the_names_of_its_choices(string input, RetentionBasis basis) =>
        Assert.Equal(basis, PolicySettings.With(new PracticePolicy(), "Retention.LookedAfter.Basis", input).Policy!.Retention[RecordType.LookedAfter].Basis);

    [Theory]
    [InlineData("Forever")]
    [InlineData("1")]
    public void A_choice_setting_refuses_anything_else(string input) =>
        Assert.Equal(
            "Retention basis for child protection records must be YearsAfterClosure or UntilAge",
            PolicySettings.With(new PracticePolicy(), "Retention.ChildProtection.Basis", input).Error);

    [Fact]
    public void Changing_a_setting_leaves_the_original_policy_alone()
    {
        var original = new PracticePolicy();
        var setting = Assert.IsType<NumberSetting>(PolicySettings.Find("Disclosure.SuppressionThreshold"));

        var changed = setting.With(original, 10);

        Assert.Equal((5, 10), (setting.Get(original), setting.Get(changed)));
    }

    [Fact]
    public void Setting_a_value_of_a_missing_retention_rule_starts_the_rule()
    {
        var policy = new PracticePolicy();
        policy.Retention.Remove(RecordType.Adoption);

        var (changed, _) = PolicySettings.With(policy, "Retention.Adoption.Years", "90");

        Assert.Equal(90, changed!.Retention[RecordType.Adoption].Years);
    }
}
