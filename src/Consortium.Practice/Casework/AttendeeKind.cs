namespace Consortium.Practice.Casework;

/// <summary>Who someone at a plan meeting is: the authority's own staff, the child's family, or another agency.</summary>
public enum AttendeeKind
{
    Staff,
    Family,
    OtherAgency,
}
