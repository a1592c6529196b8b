using Consortium.Practice.Data;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// Records review conferences and core group meetings against a case's open child protection plan, with the case's
/// optimistic concurrency (each changes the case's version) and a line in the child's access log.
/// </summary>
public sealed class ProtectionPlanService(PracticeDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<CaseResult> RecordReviewAsync(Guid caseId, ReviewInput review, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        return RecordAsync(
            caseId,
            expectedToken,
            who,
            record => ProtectionPlanRules.CheckReview(record, review, Today),
            (record, now) => ProtectionPlanRules.ApplyReview(record, review, who.Name, now),
            "review-conference",
            cancellationToken);
    }

    public Task<CaseResult> RecordCoreGroupAsync(Guid caseId, DateOnly heldOn, Guid expectedToken, StaffMember who, CancellationToken cancellationToken = default) =>
        RecordAsync(
            caseId,
            expectedToken,
            who,
            record => ProtectionPlanRules.CheckCoreGroup(record, heldOn, Today),
            (record, now) => ProtectionPlanRules.ApplyCoreGroup(record, heldOn, who.Name, now),
            "core-group",
            cancellationToken);

    private async Task<CaseResult> RecordAsync<TMeeting>(
        Guid caseId,
        Guid expectedToken,
        StaffMember who,
        Func<CaseRecord, IReadOnlyList<(string Field, string Message)>> check,
        Func<CaseRecord, DateTimeOffset, TMeeting> apply,
        string recordType,
        CancellationToken cancellationToken)
        where TMeeting : class
    {
        ArgumentNullException.ThrowIfNull(who);
        var record = await db.Cases.WithDetail().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var child = record is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.ChildId, cancellationToken);
        if (record is null || child is null || !child.MayBeOpenedBy(who))
        {
            return CaseResult.Refused([(string.Empty, "There is no such case")]);
        }

        if (record.ConcurrencyToken != expectedToken)
        {
            return CaseResult.Conflict(CaseChanges.Describe(record));
        }

        var problems = check(record);
        if (problems.Count > 0)
        {
            return CaseResult.Refused(problems);
        }

        var now = clock.GetUtcNow();
        var meeting = apply(record, now);
        db.Add(meeting);
        AccessLogWriter.Add(db, child.Id, who, AccessAction.Created, recordType, db.Entry(meeting).Property<Guid>("Id").CurrentValue, now);
        AccessLogWriter.Add(db, child.Id, who, AccessAction.Changed, "case", record.Id, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Cases.AsNoTracking().WithDetail().FirstAsync(c => c.Id == caseId, cancellationToken);
            return CaseResult.Conflict(CaseChanges.Describe(current));
        }
        catch (DbUpdateException ex) when (UniqueKeyViolation.Is(ex))
        {
            // The same meeting recorded by someone else at the same moment: the unique index refused the second.
            db.ChangeTracker.Clear();
            return CaseResult.Refused([("HeldOn", "A meeting on that date is already recorded")]);
        }

        return CaseResult.Done(record);
    }
}
