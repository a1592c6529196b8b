using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>One person at a plan meeting: staff (with their directory id), family (with their family member id) or another agency; role is their job title, relationship or agency.</summary>
public sealed record AttendeeView(AttendeeKind Kind, string Name, string Role, Guid? StaffId, Guid? FamilyMemberId)
{
    public static IReadOnlyList<AttendeeView> Of(IEnumerable<MeetingAttendee> attendees) =>
        [.. attendees.Select(a => new AttendeeView(a.Kind, a.Name, a.Role, a.StaffRecordId, a.FamilyMemberId))];
}
