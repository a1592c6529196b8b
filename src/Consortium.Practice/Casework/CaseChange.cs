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
            return Conflict(record);
        }

        var outcome = await change(new CaseForChange(record, child, now));
        if (!outcome.IsDone)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        record.UpdatedAt = now;
        record.ConcurrencyToken = Guid.NewGuid();
        var failure = await db.SaveOrFailAsync(
            async () => Conflict(await db.Cases.AsNoTracking().WithDetail().FirstAsync(c => c.Id == caseId, cancellationToken)),
            duplicate is null ? null : SavingChanges.Always(duplicate),
            cancellationToken);
        return failure is null ? outcome : failure;
    }

    public static Failure.Conflict Conflict(CaseRecord current) =>
        new("Someone else changed this case while you were working on it", CaseChanges.Describe(current));
}
