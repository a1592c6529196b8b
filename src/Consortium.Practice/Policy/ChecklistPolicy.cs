namespace Consortium.Practice.Policy;

/// <summary>What the practice checklist on the quality assurance dashboard asks of each open case.</summary>
public sealed class ChecklistPolicy
{
    /// <summary>A case has been scaled recently when a map with safety ratings is dated within this many days.</summary>
    public int ScaledWithinDays { get; set; } = 60;

    /// <summary>A safety network needs at least this many people.</summary>
    public int SafetyNetworkSize { get; set; } = 3;
}
