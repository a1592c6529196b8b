using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>Who attended a meeting already dated (the initial conference): staff ids from the directory (at least one), family member ids of the child, other agencies' people.</summary>
public sealed record AttendeesRequest(IReadOnlyList<Guid>? StaffAttendees = null, IReadOnlyList<Guid>? FamilyAttendees = null, IReadOnlyList<OtherAttendee>? OtherAttendees = null)
{
    public AttendeesInput Attendees() => new(StaffAttendees ?? [], FamilyAttendees ?? [], OtherAttendees ?? []);
}
