using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Casework;

/// <summary>
/// Records review conferences and core group meetings against a case's open child protection plan, with the case's
/// optimistic concurrency (each changes the case's version) and a line in the child's access log.
/// </summary>
public sealed class ProtectionPlanService(PracticeDbContext db, TimeProvider clock)
{
    /// <summary>The same meeting recorded by someone else at the same moment: the unique index refused the second.</summary>
    private static readonly Failure.Invalid AlreadyRecorded = new("HeldOn", "A meeting on that date is already recorded");

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <param name="startedFrom">The case's fields as the person's page loaded them, so that a conflict can say what changed since.</param>
    public Task<Outcome<CaseRecord>> RecordReviewAsync(
        Guid caseId, ReviewInput review, Guid expectedToken, StaffMember who, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default)
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
            cancellationToken);
    }

    public Task<Outcome<CaseRecord>> RecordCoreGroupAsync(
        Guid caseId, DateOnly heldOn, Guid expectedToken, StaffMember who, IReadOnlyDictionary<string, string>? startedFrom = null, CancellationToken cancellationToken = default) =>
        RecordAsync(
            caseId,
            expectedToken,
            who,
            startedFrom,
            record => ProtectionPlanRules.CheckCoreGroup(record, heldOn, Today),
            (record, now) => ProtectionPlanRules.ApplyCoreGroup(record, heldOn, who.Name, now),
            "core-group",
            cancellationToken);

    private Task<Outcome<CaseRecord>> RecordAsync<TMeeting>(
        Guid caseId,
        Guid expectedToken,
        StaffMember who,
        IReadOnlyDictionary<string, string>? startedFrom,
        Func<CaseRecord, Failure?> check,
        Func<CaseRecord, DateTimeOffset, TMeeting> apply,
        string recordType,
        CancellationToken cancellationToken)
        where TMeeting : class
    {
        ArgumentNullException.ThrowIfNull(who);
        return db.ChangeCaseAsync(caseId, expectedToken, who, clock.GetUtcNow(), change =>
        {
            if (check(change.Case) is { } failure)
            {
                return Task.FromResult<Outcome<CaseRecord>>(failure);
            }

            var meeting = apply(change.Case, change.Now);
            db.Add(meeting);
            AccessLogWriter.Add(db, change.Child.Id, who, AccessAction.Created, recordType, db.Entry(meeting).Property<Guid>("Id").CurrentValue, change.Now);
            AccessLogWriter.Add(db, change.Child.Id, who, AccessAction.Changed, "case", change.Case.Id, change.Now);
            return Task.FromResult<Outcome<CaseRecord>>(change.Case);
        },
        AlreadyRecorded,
        startedFrom,
        cancellationToken);
    }
}
