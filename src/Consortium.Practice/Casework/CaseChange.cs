using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Casework;

/// <summary>
/// The one way a case is changed: load it with its detail, refuse if it is missing or this person may not open it,
/// refuse if it changed since the version the person saw, let the change check and apply itself, give the case a new
/// version, and save; someone saving first is a conflict that says what they changed.
/// </summary>
public static class CaseChange
{
    public static async Task<Outcome<T>> ChangeCaseAsync<T>(
        this PracticeDbContext db,
        Guid caseId,
        Guid expectedToken,
        StaffMember who,
        DateTimeOffset now,
        Func<CaseForChange, Task<Outcome<T>>> change,
        Failure? duplicate = null,
        IReadOnlyDictionary<string, string>? startedFrom = null,
        CancellationToken cancellationToken = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(change);
        var record = await db.Cases.WithDetail().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var child = record is null ? null : await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == record.ChildId, cancellationToken);
        if (record is null || child is null || !child.MayBeOpenedBy(who))
        {
            return new Failure.NotFound("case");
        }

        if (record.ConcurrencyToken != expectedToken)
        {
            return db.Refuse(Conflict(record, startedFrom ?? await CaseVersions.FieldsAtAsync(db, caseId, expectedToken, cancellationToken)));
        }

        var outcome = await change(new CaseForChange(record, child, now));
        if (!outcome.IsDone)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        record.UpdatedAt = now;
        record.ConcurrencyToken = Guid.NewGuid();
        CaseVersions.KeepChanged(db, now);
        var failure = await db.SaveOrFailAsync(
            async () => Conflict(
                await db.Cases.AsNoTracking().WithDetail().FirstAsync(c => c.Id == caseId, cancellationToken),
                startedFrom ?? await CaseVersions.FieldsAtAsync(db, caseId, expectedToken, cancellationToken)),
            duplicate is null ? null : SavingChanges.Always(duplicate),
            cancellationToken);
        return failure is null ? outcome : failure;
    }

    /// <summary>
    /// Who changed the case and when, and what: field by field since <paramref name="startedFrom"/> (the case's fields
    /// as a page loaded them, or as kept for the version a client sent), or in words from its latest events where the
    /// starting point is not known.
    /// </summary>
    public static Failure.Conflict Conflict(CaseRecord current, IReadOnlyDictionary<string, string>? startedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var version = current.ConcurrencyToken.ToString();
        var message = $"{LastChangedBy(current)} changed this case {SavedAt.Words(current.UpdatedAt)}, while you were working on it";
        return startedFrom is null
            ? new Failure.Conflict(message, CaseChanges.Describe(current)) { Version = version }
            : Failure.Conflict.Of(message, FieldChanges.Between(startedFrom, CaseFields.Of(current)), version);
    }

    /// <summary>The person who recorded the event that last changed the case, where one did.</summary>
    private static string LastChangedBy(CaseRecord current) =>
        current.History.Select(h => (h.RecordedAt, h.RecordedBy))
            .Concat(current.Reviews.Select(r => (r.RecordedAt, r.RecordedBy)))
            .Concat(current.CoreGroups.Select(g => (g.RecordedAt, g.RecordedBy)))
            .Where(e => e.RecordedAt == current.UpdatedAt)
            .Select(e => e.RecordedBy)
            .FirstOrDefault() ?? "Someone else";
}
