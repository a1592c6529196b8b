using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

public sealed record ReviewConferenceView(Guid Id, DateOnly HeldOn, ReviewOutcome Outcome, string RecordedBy, DateTimeOffset RecordedAt, IReadOnlyList<AttendeeView> Attendees);
