namespace Consortium.Practice.Policy;

public sealed class TerminologyPolicy
{
    /// <summary>The authority's own name for the practice model (Leicestershire: "Growing Safety").</summary>
    public string ModelName { get; set; } = "Signs of Safety";
    public string DangerStatement { get; set; } = "Danger statement";
    public string SafetyGoal { get; set; } = "Safety goal";
    public string WorryStatement { get; set; } = "Worry statement";
    public string WellbeingGoal { get; set; } = "Wellbeing goal";
}
