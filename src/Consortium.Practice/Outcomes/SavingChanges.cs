using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Outcomes;

/// <summary>
/// Saves a change, turning the two refusals the database can give into failures: a concurrency refusal (someone
/// saved first) into the conflict described from what is stored now, and a unique-key refusal into the given
/// failure. Either way the change tracker is cleared first, so nothing half-made is saved by a later call.
/// </summary>
public static class SavingChanges
{
    /// <summary>
    /// A failure found before saving (a stale version, a refusal): what this scope loaded or began is let go, as
    /// <see cref="SaveOrFailAsync"/> does, so the access-log line a page writes next, showing the record again, saves alone.
    /// </summary>
    public static Failure Refuse(this DbContext db, Failure failure)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.Clear();
        return failure;
    }

    /// <summary>A failure that is the same whatever is stored now, for <see cref="SaveOrFailAsync"/>.</summary>
    public static Func<Task<Failure>> Always(Failure failure) => () => Task.FromResult(failure);

    public static async Task<Failure?> SaveOrFailAsync(
        this DbContext db,
        Func<Task<Failure>> conflict,
        Func<Task<Failure>>? duplicate = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(conflict);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await conflict();
        }
        catch (DbUpdateException ex) when (duplicate is not null && UniqueKeyViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return await duplicate();
        }
    }
}
