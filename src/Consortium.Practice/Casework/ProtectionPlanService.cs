using Microsoft.EntityFrameworkCore;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>
/// Records review conferences and core group meetings against a case's open child protection plan, with the case's
/// optimistic concurrency (each changes the case's version) and a line in the child's access log. Who attended is
/// saved with the meeting when given (the pages and API always offer it; demo data records none).
/// </summary>
public sealed class ProtectionPlanService(PracticeDbContext db, TimeProvider clock, MeetingAttendees attendance)
{
    /// <summary>The same meeting recorded by someone else at the same moment: the unique index refused the second.</summary>
    private static readonly Failure.Invalid AlreadyRecorded = new("HeldOn", "A meeting on that date is already recorded");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <param name="startedFrom">The case's fields as the person's page loaded them, so that a conflict can say what changed since.</param>
    /// <param name="attendees">Who attended; null records none (as before attendance was recorded).</param>
    public Task<Outcome<CaseRecord>> RecordReviewAsync(
        Guid caseId, ReviewInput review, Guid expectedToken, StaffMember who, AttendeesInput? attendees = null, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        return RecordAsync(
            caseId,
            expectedToken,
            who,
            startedFrom,
            record => ProtectionPlanRules.CheckReview(record, review, Today),
            (record, now) => ProtectionPlanRules.ApplyReview(record, review, who.Name, now),
            "review-conference",
            attendees,
            cancellationToken);
    }

    public Task<Outcome<CaseRecord>> RecordCoreGroupAsync(
        Guid caseId, DateOnly heldOn, Guid expectedToken, StaffMember who, AttendeesInput? attendees = null, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default) =>
        RecordAsync(
            caseId,
            expectedToken,
            who,
            startedFrom,
            record => ProtectionPlanRules.CheckCoreGroup(record, heldOn, Today),
            (record, now) => ProtectionPlanRules.ApplyCoreGroup(record, heldOn, who.Name, now),
            "core-group",
            attendees,
            cancellationToken);

    /// <summary>
    /// Records who attended the case's initial child protection conference (held on the date its move to that stage
    /// recorded): the attendees are kept as a meeting whose id is the case's, as the case has one such conference. Once
    /// recorded, the list changes only as a correction (<paramref name="correcting"/>), which replaces it whole and is
    /// logged as one; the case's version guards both against a list someone else saved since.
    /// </summary>
    public Task<Outcome<CaseRecord>> RecordInitialConferenceAttendeesAsync(
        Guid caseId, AttendeesInput attendees, Guid expectedToken, StaffMember who, IReadOnlyDictionary<string, string>? startedFrom = null, bool correcting = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(who);
        return db.ChangeCaseAsync<CaseRecord>(caseId, expectedToken, who, clock.GetUtcNow(), async change =>
        {
            var record = change.Case;
            if (record.InitialConference is null)
            {
                return new Failure.Invalid("InitialConference", "This case has no initial child protection conference to record attendance for");
            }

            var recorded = await db.MeetingAttendees.Where(a => a.MeetingId == record.Id).ToListAsync(cancellationToken);
            if (recorded.Count > 0 && !correcting)
            {
                return new Failure.Invalid("InitialConference", "Who attended the initial conference is already recorded: correct it instead");
            }

            var chosen = await attendance.ChooseAsync(change.Child.Id, record.Id, attendees, cancellationToken);
            if (chosen.Failure is not null)
            {
                return chosen.Failure;
            }

            db.MeetingAttendees.RemoveRange(recorded);

            foreach (var attendee in chosen.Value ?? [])
            {
                attendee.MeetingId = record.Id;
                db.MeetingAttendees.Add(attendee);
            }

            record.UpdatedAt = change.Now;
            record.ConcurrencyToken = Guid.NewGuid();
            AccessLogWriter.Add(db, change.Child.Id, who, AccessAction.Changed, "initial-conference", record.Id, change.Now, recorded.Count > 0 ? $"attendees corrected: {recorded.Count} replaced by {chosen.Value?.Count ?? 0}" : null);
            return record;
        },
        startedFrom: startedFrom,
        cancellationToken: cancellationToken);
    }

    private Task<Outcome<CaseRecord>> RecordAsync<TMeeting>(
        Guid caseId,
        Guid expectedToken,
        StaffMember who,
        IReadOnlyDictionary<string, string>? startedFrom,
        Func<CaseRecord, Failure?> check,
        Func<CaseRecord, DateTimeOffset, TMeeting> apply,
        string recordType,
        AttendeesInput? attendees,
        CancellationToken cancellationToken)
        where TMeeting : class
    {
        ArgumentNullException.ThrowIfNull(who);
        return db.ChangeCaseAsync<CaseRecord>(caseId, expectedToken, who, clock.GetUtcNow(), async change =>
        {
            var failure = check(change.Case);
            var chosen = attendees is null ? null : await attendance.ChooseAsync(change.Child.Id, change.Case.Id, attendees, cancellationToken);
            if (Problems(failure, chosen?.Failure) is { } problems)
            {
                return problems;
            }

            var meeting = apply(change.Case, change.Now);
            db.Add(meeting);
            var meetingId = db.Entry(meeting).Property<Guid>("Id").CurrentValue;
            foreach (var attendee in chosen?.Value ?? [])
            {
                attendee.MeetingId = meetingId;
                db.MeetingAttendees.Add(attendee);
            }

            AccessLogWriter.Add(db, change.Child.Id, who, AccessAction.Created, recordType, meetingId, change.Now);
            AccessLogWriter.Add(db, change.Child.Id, who, AccessAction.Changed, "case", change.Case.Id, change.Now);
            return change.Case;
        },
        AlreadyRecorded,
        startedFrom,
        cancellationToken);
    }

    /// <summary>The meeting's own problems and those of who attended, together, so one answer lists every field error.</summary>
    private static Failure? Problems(Failure? meeting, Failure? attendees) =>
        (meeting, attendees) switch
        {
            (null, null) => null,
            (Failure.Invalid a, Failure.Invalid b) => new Failure.Invalid([.. a.Errors, .. b.Errors]),
            (not null, _) => meeting,
            _ => attendees,
        };
}
