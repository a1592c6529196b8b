using Consortium.Tenancy.Data;

namespace Consortium.Practice.Maps;

/// <summary>
/// One dated version of a case's assessment and planning map: the seven analysis categories, danger
/// statements paired with safety goals, and next steps. Only the latest version of a case's map is edited;
/// a review starts a new version from it, and earlier versions stay as they were. A version is a draft from when it
/// is started until it is first saved with some content: a draft is not yet the case's map, so nothing counts it.
/// </summary>
public sealed class SafetyMap : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public Guid ChildId { get; set; }
    public int Version { get; set; }
    public bool IsDraft { get; set; }
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
