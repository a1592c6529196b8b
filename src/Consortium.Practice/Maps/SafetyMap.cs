using Consortium.Tenancy.Data;

namespace Consortium.Practice.Maps;

/// <summary>Which wording a map uses: danger statements and safety goals, or worry statements and wellbeing goals (early help).</summary>
public enum MapKind
{
    SignsOfSafety,
    SignsOfWellbeing,
}

/// <summary>
/// One dated version of a case's assessment and planning map: the seven analysis categories, danger
/// statements paired with safety goals, and next steps. Only the latest version of a case's map is edited;
/// a review starts a new version from it, and earlier versions stay as they were.
/// </summary>
public sealed class SafetyMap : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public Guid ChildId { get; set; }
    public int Version { get; set; }
    public DateOnly MapDate { get; set; }
    public MapKind Kind { get; set; }
    public string HarmStatement { get; set; } = "";
    public string ComplicatingFactors { get; set; } = "";
    public string ExistingStrengths { get; set; } = "";
    public string ExistingSafety { get; set; } = "";
    public List<DangerGoalPair> Pairs { get; set; } = [];
    public List<NextStep> NextSteps { get; set; } = [];
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();
}

/// <summary>A danger (or worry) statement and the safety (or wellbeing) goal that answers it: the "bookends".</summary>
public sealed class DangerGoalPair
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Statement { get; set; } = "";
    public string Goal { get; set; } = "";
}

/// <summary>A small, owned, dated action toward the goals.</summary>
public sealed class NextStep
{
    public string What { get; set; } = "";
    public string Who { get; set; } = "";
    public DateOnly? Due { get; set; }
    public bool Done { get; set; }
}

/// <summary>
/// One person's score on the safety scale at one time, for one danger/goal pair or (with no pair) the map
/// overall, with who they are and why. Scores are never averaged away.
/// </summary>
public sealed class SafetyRating : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid MapId { get; set; }
    public Guid? PairId { get; set; }
    public string PersonName { get; set; } = "";
    public string PersonRole { get; set; } = "";
    public string? Agency { get; set; }
    public int Score { get; set; }
    public string Why { get; set; } = "";
    public DateOnly RatedOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}
