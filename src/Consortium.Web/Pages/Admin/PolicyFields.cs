using Consortium.Practice.Policy;

namespace Consortium.Web.Pages.Admin;

/// <summary>How each policy setting is asked for on the administration form, grouped as it is shown.</summary>
public sealed record PolicyField(string Path, string Label, string? Hint, string? Suffix, IReadOnlyList<string>? Choices = null)
{
    public bool IsNumber => Suffix is not null;
}

public sealed record PolicyFieldGroup(string Legend, IReadOnlyList<PolicyField> Fields);

public static class PolicyFields
{
    public static readonly IReadOnlyList<PolicyFieldGroup> Groups =
    [
        new("Timescales",
        [
            new("Timescales.AssessmentWorkingDays", "Single assessment completed within", "Working days from the referral. The statutory timescale is 45.", "working days"),
            new("Timescales.InitialConferenceWorkingDays", "Initial child protection conference within", "Working days from the strategy discussion. Statutory: 15.", "working days"),
            new("Timescales.CoreGroupWorkingDays", "First core group within", "Working days from the initial conference. Statutory: 10.", "working days"),
            new("Timescales.FirstReviewMonths", "First review conference within", "Months from the initial conference. Statutory: 3.", "months"),
            new("Timescales.SubsequentReviewMonths", "Later review conferences at most every", "Statutory: 6 months.", "months"),
            new("Timescales.VisitFrequencyWorkingDays", "Visit a child on a plan at least every", null, "working days"),
            new("Timescales.MapReviewIntervalDays", "A map is current if updated within", null, "days"),
        ]),
        new("Terminology",
        [
            new("Terminology.ModelName", "Your name for the practice model", "For example, Signs of Safety or Growing Safety", null),
            new("Terminology.DangerStatement", "Label for a danger statement", null, null),
            new("Terminology.SafetyGoal", "Label for a safety goal", null, null),
            new("Terminology.WorryStatement", "Label for a worry statement (early help)", null, null),
            new("Terminology.WellbeingGoal", "Label for a wellbeing goal (early help)", null, null),
        ]),
        new("Safety scale",
        [
            new("SafetyScale.ZeroAnchor", "What 0 means", null, null),
            new("SafetyScale.TenAnchor", "What 10 means", null, null),
        ]),
        new("Sharing and sessions",
        [
            new("Disclosure.SuppressionThreshold", "Suppress shared counts from 1 up to", "Never below 5, the Department's rule", "children"),
            new("Session.IdleTimeoutMinutes", "Sign staff out after", "Minutes without using Consortium", "minutes"),
            new("Documents.MaxUploadMegabytes", "Largest document staff can upload", null, "MB"),
        ]),
        new("Retention",
        [
            .. Enum.GetValues<RecordType>().SelectMany(type => new[]
            {
                new PolicyField($"Retention.{type}.Basis", $"{Describe(type)} records are kept", null, null, [nameof(RetentionBasis.YearsAfterClosure), nameof(RetentionBasis.UntilAge)]),
                new PolicyField($"Retention.{type}.Years", $"{Describe(type)} records: years (or age)", null, "years"),
            }),
        ]),
    ];

    public static string ChoiceLabel(string choice) => choice switch
    {
        nameof(RetentionBasis.YearsAfterClosure) => "for a number of years after the case closed",
        nameof(RetentionBasis.UntilAge) => "until the child reaches an age",
        _ => choice,
    };

    private static string Describe(RecordType type) => type switch
    {
        RecordType.EarlyHelp => "Early help",
        RecordType.ChildInNeed => "Child in need",
        RecordType.ChildProtection => "Child protection",
        RecordType.LookedAfter => "Looked-after children's",
        RecordType.Adoption => "Adoption",
        _ => type.ToString(),
    };
}
