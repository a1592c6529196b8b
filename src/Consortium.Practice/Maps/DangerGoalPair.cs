using Consortium.Tenancy.Data;

namespace Consortium.Practice.Maps;

/// <summary>A danger (or worry) statement and the safety (or wellbeing) goal that answers it: the "bookends".</summary>
public sealed class DangerGoalPair
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Statement { get; set; } = "";
    public string Goal { get; set; } = "";
}
