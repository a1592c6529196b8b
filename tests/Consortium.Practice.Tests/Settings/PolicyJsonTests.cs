using Consortium.Practice.Policy;
using Consortium.Practice.Settings;

namespace Consortium.Practice.Tests.Settings;

public sealed class PolicyJsonTests
{
    [Fact]
    public void Paths_are_case_insensitive_and_values_take_the_settings_type()
    {
        var (policy, error) = SettingsJson.With(new PracticePolicy(), "timescales.assessmentworkingdays", "40");

        Assert.Null(error);
        Assert.Equal(40, policy!.Timescales.AssessmentWorkingDays);
    }

    [Fact]
    public void Enum_settings_take_their_names()
    {
        var (policy, _) = SettingsJson.With(new PracticePolicy(), "Retention.ChildProtection.Basis", "UntilAge");
        Assert.Equal(RetentionBasis.UntilAge, policy!.Retention[RecordType.ChildProtection].Basis);

        var (_, error) = SettingsJson.With(new PracticePolicy(), "Retention.ChildProtection.Basis", "Forever");
        Assert.Equal("'Forever' is not a value Retention.ChildProtection.Basis can take", error);
    }

    [Theory]
    [InlineData("Timescales.Nope")]
    [InlineData("Timescales")]
    [InlineData("")]
    [InlineData("Timescales.AssessmentWorkingDays.Extra")]
    public void An_unknown_path_lists_the_settings_there_are(string path)
    {
        var (policy, error) = SettingsJson.With(new PracticePolicy(), path, "1");

        Assert.Null(policy);
        Assert.StartsWith($"'{path}' is not a setting. Settings are: Timescales.AssessmentWorkingDays", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_setting_refuses_text() =>
        Assert.Equal("Timescales.CoreGroupWorkingDays must be a whole number", SettingsJson.With(new PracticePolicy(), "Timescales.CoreGroupWorkingDays", "ten").Error);

    [Fact]
    public void Differences_name_each_changed_setting_with_old_and_new_values()
    {
        var before = new PracticePolicy();
        var after = SettingsJson.With(SettingsJson.With(before, "Timescales.AssessmentWorkingDays", "40").Settings!, "Terminology.ModelName", "Growing Safety").Settings!;

        Assert.Equal(
            ["Timescales.AssessmentWorkingDays: 45 → 40", "Terminology.ModelName: Signs of Safety → Growing Safety"],
            SettingsJson.Differences(before, after));
    }

    [Fact]
    public void A_policy_survives_storage_unchanged()
    {
        var policy = SettingsJson.With(new PracticePolicy(), "Retention.Adoption.Years", "90").Settings!;
        Assert.Empty(SettingsJson.Differences(policy, SettingsJson.Deserialize<PracticePolicy>(SettingsJson.Serialize(policy))));
    }
}
