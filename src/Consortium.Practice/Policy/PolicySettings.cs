namespace Consortium.Practice.Policy;

/// <summary>
/// Every setting of the practice policy, each declared once, in the order the form shows them. The validator, the
/// administration form, the history and the operator command read this list; a test fails if a property of
/// <see cref="PracticePolicy"/> is missing from it.
/// </summary>
public static class PolicySettings
{
    public const int DepartmentMinimumSuppression = 5;

    public static readonly IReadOnlyList<PolicySettingGroup> Groups =
    [
        new("Timescales",
        [
            new NumberSetting
            {
                Path = "Timescales.AssessmentWorkingDays", Get = p => p.Timescales.AssessmentWorkingDays, Set = (p, v) => p.Timescales.AssessmentWorkingDays = v,
                Name = "Assessment timescale", Label = "Single assessment completed within",
                Hint = "Working days from the referral. The statutory timescale is 45.", Minimum = 1, Maximum = 100, Unit = "working days",
            },
            new NumberSetting
            {
                Path = "Timescales.InitialConferenceWorkingDays", Get = p => p.Timescales.InitialConferenceWorkingDays, Set = (p, v) => p.Timescales.InitialConferenceWorkingDays = v,
                Name = "Initial conference timescale", Label = "Initial child protection conference within",
                Hint = "Working days from the strategy discussion. Statutory: 15.", Minimum = 1, Maximum = 60, Unit = "working days",
            },
            new NumberSetting
            {
                Path = "Timescales.CoreGroupWorkingDays", Get = p => p.Timescales.CoreGroupWorkingDays, Set = (p, v) => p.Timescales.CoreGroupWorkingDays = v,
                Name = "Core group timescale", Label = "First core group within",
                Hint = "Working days from the initial conference. Statutory: 10.", Minimum = 1, Maximum = 60, Unit = "working days",
            },
            new NumberSetting
            {
                Path = "Timescales.FirstReviewMonths", Get = p => p.Timescales.FirstReviewMonths, Set = (p, v) => p.Timescales.FirstReviewMonths = v,
                Name = "First review conference", Label = "First review conference within",
                Hint = "Months from the initial conference. Statutory: 3.", Minimum = 1, Maximum = 12, Unit = "months",
            },
            new NumberSetting
            {
                Path = "Timescales.SubsequentReviewMonths", Get = p => p.Timescales.SubsequentReviewMonths, Set = (p, v) => p.Timescales.SubsequentReviewMonths = v,
                Name = "Later review conferences", Label = "Later review conferences at most every",
                Hint = "Statutory: 6 months.", Minimum = 1, Maximum = 12, Unit = "months",
            },
            new NumberSetting
            {
                Path = "Timescales.VisitFrequencyWorkingDays", Get = p => p.Timescales.VisitFrequencyWorkingDays, Set = (p, v) => p.Timescales.VisitFrequencyWorkingDays = v,
                Name = "Visit frequency", Label = "Visit a child on a plan at least every", Minimum = 1, Maximum = 65, Unit = "working days",
            },
            new NumberSetting
            {
                Path = "Timescales.MapReviewIntervalDays", Get = p => p.Timescales.MapReviewIntervalDays, Set = (p, v) => p.Timescales.MapReviewIntervalDays = v,
                Name = "Map review interval", Label = "A map is current if updated within", Minimum = 7, Maximum = 365, Unit = "days",
            },
        ]),
        new("Terminology",
        [
            new TextSetting
            {
                Path = "Terminology.ModelName", Get = p => p.Terminology.ModelName, Set = (p, v) => p.Terminology.ModelName = v,
                Name = "Name of the practice model", Label = "Your name for the practice model", Hint = "For example, Signs of Safety or Growing Safety",
            },
            new TextSetting
            {
                Path = "Terminology.DangerStatement", Get = p => p.Terminology.DangerStatement, Set = (p, v) => p.Terminology.DangerStatement = v,
                Name = "Label for a danger statement", Label = "Label for a danger statement",
            },
            new TextSetting
            {
                Path = "Terminology.SafetyGoal", Get = p => p.Terminology.SafetyGoal, Set = (p, v) => p.Terminology.SafetyGoal = v,
                Name = "Label for a safety goal", Label = "Label for a safety goal",
            },
            new TextSetting
            {
                Path = "Terminology.WorryStatement", Get = p => p.Terminology.WorryStatement, Set = (p, v) => p.Terminology.WorryStatement = v,
                Name = "Label for a worry statement", Label = "Label for a worry statement (early help)",
            },
            new TextSetting
            {
                Path = "Terminology.WellbeingGoal", Get = p => p.Terminology.WellbeingGoal, Set = (p, v) => p.Terminology.WellbeingGoal = v,
                Name = "Label for a wellbeing goal", Label = "Label for a wellbeing goal (early help)",
            },
        ]),
        new("Safety scale",
        [
            new TextSetting
            {
                Path = "SafetyScale.ZeroAnchor", Get = p => p.SafetyScale.ZeroAnchor, Set = (p, v) => p.SafetyScale.ZeroAnchor = v,
                Name = "Wording for 0 on the safety scale", Label = "What 0 means", MaxLength = 200,
            },
            new TextSetting
            {
                Path = "SafetyScale.TenAnchor", Get = p => p.SafetyScale.TenAnchor, Set = (p, v) => p.SafetyScale.TenAnchor = v,
                Name = "Wording for 10 on the safety scale", Label = "What 10 means", MaxLength = 200,
            },
        ]),
        new("Practice checklist",
        [
            new NumberSetting
            {
                Path = "Checklist.ScaledWithinDays", Get = p => p.Checklist.ScaledWithinDays, Set = (p, v) => p.Checklist.ScaledWithinDays = v,
                Name = "Scaled recently", Label = "A case has been scaled recently if a map was rated within",
                Hint = "Days. The practice checklist on the quality assurance dashboard uses it.", Minimum = 7, Maximum = 365, Unit = "days",
            },
            new NumberSetting
            {
                Path = "Checklist.SafetyNetworkSize", Get = p => p.Checklist.SafetyNetworkSize, Set = (p, v) => p.Checklist.SafetyNetworkSize = v,
                Name = "Safety network size", Label = "A safety network needs at least",
                Hint = "People in the network. The practice checklist uses it.", Minimum = 1, Maximum = 20, Unit = "people",
            },
        ]),
        new("Family goals",
        [
            new NumberSetting
            {
                Path = "Goals.AchievedAtOrAbove", Get = p => p.Goals.AchievedAtOrAbove, Set = (p, v) => p.Goals.AchievedAtOrAbove = v,
                Name = "Goal achieved", Label = "A family's goal is achieved if rated at closure at least",
                Hint = "On the 0 to 10 scale the family rates its goals on. The goals indicator (SOS_GOALS) uses it.", Minimum = 1, Maximum = 10, Unit = "points", Suffix = "out of 10",
            },
        ]),
        new("Sharing and sessions",
        [
            new NumberSetting
            {
                Path = "Disclosure.SuppressionThreshold", Get = p => p.Disclosure.SuppressionThreshold, Set = (p, v) => p.Disclosure.SuppressionThreshold = v,
                Name = "Suppression threshold", Label = "Suppress shared counts from 1 up to", Hint = "Never below 5, the Department's rule",
                Minimum = DepartmentMinimumSuppression, MinimumReason = "the Department's rule", Maximum = 50, Unit = "children",
            },
            new NumberSetting
            {
                Path = "Session.IdleTimeoutMinutes", Get = p => p.Session.IdleTimeoutMinutes, Set = (p, v) => p.Session.IdleTimeoutMinutes = v,
                Name = "Idle timeout", Label = "Sign staff out after", Hint = "Minutes without using Consortium", Minimum = 5, Maximum = 480, Unit = "minutes",
            },
            new NumberSetting
            {
                Path = "Documents.MaxUploadMegabytes", Get = p => p.Documents.MaxUploadMegabytes, Set = (p, v) => p.Documents.MaxUploadMegabytes = v,
                Name = "Largest upload", Label = "Largest document staff can upload", Minimum = 1, Maximum = 100, Unit = "megabytes", Suffix = "MB",
            },
        ]),
        new("Retention", [.. Enum.GetValues<RecordType>().SelectMany(RetentionSettings.For)]),
    ];

    public static readonly IReadOnlyList<PolicySetting> All = [.. Groups.SelectMany(g => g.Settings)];

    /// <summary>The setting at a path, ignoring case as the operator command and seeds write it, or null.</summary>
    public static PolicySetting? Find(string path) =>
        All.FirstOrDefault(s => string.Equals(s.Path, path?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A copy of the policy with the setting at a path set from what a person typed, or why not.</summary>
    public static (PracticePolicy? Policy, string? Error) With(PracticePolicy policy, string path, string input) =>
        Find(path) is { } setting
            ? setting.WithInput(policy, input)
            : (null, $"'{path}' is not a setting. Settings are: {string.Join(", ", All.Select(s => s.Path))}");

    /// <summary>Each setting that differs, told as the history tells it.</summary>
    public static IReadOnlyList<string> Differences(PracticePolicy before, PracticePolicy after) =>
        [.. All.Select(s => s.DescribeChange(before, after)).OfType<string>()];
}
