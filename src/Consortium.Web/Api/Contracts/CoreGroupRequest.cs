using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A core group meeting as sent: when it was held and who attended (optional).</summary>
public sealed record CoreGroupRequest(DateOnly? HeldOn, IReadOnlyList<Guid>? StaffAttendees = null, IReadOnlyList<Guid>? FamilyAttendees = null, IReadOnlyList<OtherAttendee>? OtherAttendees = null)
{
    public IReadOnlyList<FieldError> Validate() =>
        HeldOn is null ? [new(nameof(HeldOn), "Enter the date the core group met")] : [];

    /// <summary>Who attended, when any of the three lists is sent: staff ids from the directory (at least one), family member ids of the child, other agencies' people.</summary>
    public AttendeesInput? Attendees() =>
        StaffAttendees is null && FamilyAttendees is null && OtherAttendees is null ? null : new(StaffAttendees ?? [], FamilyAttendees ?? [], OtherAttendees ?? []);
}
