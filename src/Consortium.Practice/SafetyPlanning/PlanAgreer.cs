namespace Consortium.Practice.SafetyPlanning;

/// <summary>Who someone who agreed a safety plan is: the authority's own staff, the child's family, or the case's safety network.</summary>
public enum AgreerKind
{
    Staff,
    Family,
    Network,
}

/// <summary>
/// Someone who agreed a revision of the safety plan, chosen from the staff directory, the child's family or the case's
/// safety network (by id, never typed), with their name and job title, relationship or role as on the day.
/// </summary>
public sealed class PlanAgreer
{
    public AgreerKind Kind { get; set; }

    /// <summary>Their staff record, family member or network member id.</summary>
    public Guid PersonId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Their job title, or their relationship to the child.</summary>
    public string Role { get; set; } = "";

    /// <summary>"Amy Agreed (Social worker)".</summary>
    public string Label => Role.Length == 0 ? Name : $"{Name} ({Role})";
}
