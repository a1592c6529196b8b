using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

public sealed record CoreGroupMeetingView(Guid Id, DateOnly HeldOn, string RecordedBy, DateTimeOffset RecordedAt, IReadOnlyList<AttendeeView> Attendees);
