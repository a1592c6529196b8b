namespace Consortium.Practice.Policy;

/// <summary>
/// One authority's practice policy: its timescales, terminology, scale wording, disclosure threshold and
/// retention. Defaults are the statutory values (Working Together); each authority changes its own.
/// </summary>
public sealed class PracticePolicy
{
    public TimescalePolicy Timescales { get; set; } = new();
    public TerminologyPolicy Terminology { get; set; } = new();
    public SafetyScalePolicy SafetyScale { get; set; } = new();
    public DisclosurePolicy Disclosure { get; set; } = new();
    public SessionPolicy Session { get; set; } = new();
    public DocumentPolicy Documents { get; set; } = new();
    public ChecklistPolicy Checklist { get; set; } = new();
    public GoalPolicy Goals { get; set; } = new();
    public Dictionary<RecordType, RetentionRule> Retention { get; set; } = RetentionRule.Defaults();
}
