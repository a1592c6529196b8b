using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>
/// A case's latest child protection plan: whether it is open, its dates and category, its review conferences and core
/// group meetings with who attended them, the initial conference's date and who attended it, and what was or is due under the authority's timescales. Its ETag is the case's.
/// </summary>
public sealed record ProtectionPlanDetail(
    Guid CaseId,
    bool Open,
    DateOnly? Start,
    DateOnly? End,
    CodedValue? CategoryOfAbuse,
    IReadOnlyList<ReviewConferenceView> Reviews,
    IReadOnlyList<CoreGroupMeetingView> CoreGroups,
    IReadOnlyList<DueItemView> Due,
    DateOnly? InitialConference = null,
    IReadOnlyList<AttendeeView>? InitialConferenceAttendees = null)
{
    public static ProtectionPlanDetail From(CaseRecord record, IReadOnlyList<DueItem> due, DateOnly today, ILookup<Guid, MeetingAttendee> attendees)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(attendees);
        var start = record.ProtectionPlanStart;
        return new(
            record.Id,
            ProtectionPlanRules.HasOpenPlan(record),
            start,
            record.ProtectionPlanEnd,
            CodedValue.FromOptional(record.CategoryOfAbuse),
            [.. record.Reviews.Where(r => r.PlanStart == start).OrderBy(r => r.HeldOn).Select(r => new ReviewConferenceView(r.Id, r.HeldOn, r.Outcome, r.RecordedBy, r.RecordedAt, AttendeeView.Of(attendees[r.Id])))],
            [.. record.CoreGroups.Where(g => g.PlanStart == start).OrderBy(g => g.HeldOn).Select(g => new CoreGroupMeetingView(g.Id, g.HeldOn, g.RecordedBy, g.RecordedAt, AttendeeView.Of(attendees[g.Id])))],
            [.. due.Select(d => DueItemView.From(d, today))],
            record.InitialConference,
            AttendeeView.Of(attendees[record.Id]));
    }
}
