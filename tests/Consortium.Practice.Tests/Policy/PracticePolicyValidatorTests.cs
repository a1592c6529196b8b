using Consortium.Practice.Outcomes;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;

namespace Consortium.Practice.Tests.Policy;

public sealed class PracticePolicyValidatorTests
{
    [Fact]
    public void The_statutory_defaults_are_valid()
    {
        var policy = new PracticePolicy();

        Assert.Empty(PracticePolicyValidator.Validate(policy));
        Assert.Equal(45, policy.Timescales.AssessmentWorkingDays);
        Assert.Equal(15, policy.Timescales.InitialConferenceWorkingDays);
        Assert.Equal(10, policy.Timescales.CoreGroupWorkingDays);
        Assert.Equal(3, policy.Timescales.FirstReviewMonths);
        Assert.Equal(6, policy.Timescales.SubsequentReviewMonths);
        Assert.Equal(5, policy.Disclosure.SuppressionThreshold);
    }

    public static TheoryData<string, string, string> InvalidValues => new()
    {
        { "Timescales.AssessmentWorkingDays", "0", "Assessment timescale must be between 1 and 100 working days" },
        { "Timescales.InitialConferenceWorkingDays", "61", "Initial conference timescale must be between 1 and 60 working days" },
        { "Timescales.CoreGroupWorkingDays", "-1", "Core group timescale must be between 1 and 60 working days" },
        { "Timescales.FirstReviewMonths", "13", "First review conference must be between 1 and 12 months" },
        { "Timescales.SubsequentReviewMonths", "0", "Later review conferences must be between 1 and 12 months" },
        { "Timescales.VisitFrequencyWorkingDays", "0", "Visit frequency must be between 1 and 65 working days" },
        { "Timescales.MapReviewIntervalDays", "3", "Map review interval must be between 7 and 365 days" },
        { "Terminology.ModelName", " ", "Enter the name of the practice model" },
        { "Terminology.DangerStatement", "", "Enter the label for a danger statement" },
        { "Terminology.WellbeingGoal", new string('x', 61), "Label for a wellbeing goal must be 60 characters or fewer" },
        { "SafetyScale.ZeroAnchor", "", "Enter the wording for 0 on the safety scale" },
        { "Disclosure.SuppressionThreshold", "4", "Suppression threshold must be 5 or more, the Department's rule" },
        { "Disclosure.SuppressionThreshold", "51", "Suppression threshold must be 50 or less" },
        { "Retention.Adoption.Years", "0", "Retention for adoption records must be between 1 and 150 years" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Each_invalid_value_gets_its_own_message(string path, string value, string message)
    {
        var (policy, error) = SettingsJson.With(new PracticePolicy(), path, value);
        Assert.Null(error);

        var problem = Assert.Single(PracticePolicyValidator.Validate(policy!));
        Assert.Equal(new FieldError(path, message), problem);
    }

    [Fact]
    public void A_missing_retention_rule_is_reported()
    {
        var policy = new PracticePolicy();
        policy.Retention.Remove(RecordType.LookedAfter);

        Assert.Equal([new FieldError("Retention.LookedAfter", "Enter a retention rule for looked-after children's records")], PracticePolicyValidator.Validate(policy));
    }
}
