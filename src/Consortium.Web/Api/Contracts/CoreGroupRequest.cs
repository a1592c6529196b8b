using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A core group meeting as sent: when it was held and who attended (at least one member of staff).</summary>
public sealed record CoreGroupRequest(DateOnly? HeldOn, IReadOnlyList<Guid>? StaffAttendees = null, IReadOnlyList<Guid>? FamilyAttendees = null, IReadOnlyList<OtherAttendee>? OtherAttendees = null)
{
    public IReadOnlyList<FieldError> Validate() =>
        HeldOn is null ? [new(nameof(HeldOn), "Enter the date the core group met")] : [];

    /// <summary>Who attended, as the page asks: staff ids from the directory (at least one, so a meeting sent without is refused), family member ids of the child, other agencies' people.</summary>
    public AttendeesInput Attendees() => new(StaffAttendees ?? [], FamilyAttendees ?? [], OtherAttendees ?? []);
}
