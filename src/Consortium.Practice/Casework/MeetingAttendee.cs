using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// One person at a review conference or core group meeting (<see cref="MeetingId"/>): a member of staff chosen from the
/// directory, a family member chosen from the child's family, or someone from another agency. The name and role are
/// kept as they were on the day, so a later change of job or a leaver does not rewrite who was there.
/// </summary>
public sealed class MeetingAttendee : ITenantOwned
{
    public const int MaxText = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public Guid MeetingId { get; set; }
    public AttendeeKind Kind { get; set; }
    public Guid? StaffRecordId { get; set; }
    public Guid? FamilyMemberId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Their job title, their relationship to the child, or their agency.</summary>
    public string Role { get; set; } = "";

    public int Position { get; set; }

    /// <summary>"Priya Practitioner (Social worker)".</summary>
    public string Label => $"{Name} ({Role})";
}
