using Consortium.Metrics.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Scheduling;

/// <summary>
/// Lets one app instance at a time do a run of an authority's scheduled job, with a row per job in the authority's
/// own database (<see cref="ScheduleLease"/>) taken by a conditional update: only where the run is not finished and
/// no other instance holds an unexpired lease. Each instance (each process) has its own holder id.
/// </summary>
public sealed class ScheduleLeases(ITenantDbContextFactory<MetricsDbContext> contexts, TimeProvider clock)
{
    public Guid Holder { get; } = Guid.NewGuid();

    /// <summary>Takes the lease on <paramref name="run"/> of <paramref name="job"/> for <paramref name="duration"/>, unless the run is finished or another instance holds it.</summary>
    public async Task<LeaseOutcome> TryTakeAsync(TenantInfo tenant, string job, string run, TimeSpan duration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var db = contexts.Create(tenant);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var until = now + (long)duration.TotalMilliseconds;
            var taken = await db.ScheduleLeases
                .Where(l => l.Job == job && (l.CompletedRun == null || l.CompletedRun != run) && (l.LeasedUntil == null || l.LeasedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, Holder).SetProperty(l => l.LeasedUntil, until), ct);
            if (taken == 1)
            {
                return LeaseOutcome.Taken;
            }

            var lease = await db.ScheduleLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Job == job, ct);
            if (lease is not null)
            {
                return lease.CompletedRun == run ? LeaseOutcome.Done : LeaseOutcome.HeldElsewhere;
            }

            // The job's first run at this authority: add its row, then take it as above. If another instance adds it
            // first the key refuses this one, and the second attempt finds the row.
            try
            {
                db.ScheduleLeases.Add(new ScheduleLease { Job = job });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (UniqueKeyViolation.Is(ex))
            {
            }

            db.ChangeTracker.Clear();
        }

        return LeaseOutcome.HeldElsewhere;
    }

    /// <summary>Records the run as finished and lets the lease go, if this instance still holds it.</summary>
    public async Task CompleteAsync(TenantInfo tenant, string job, string run, CancellationToken ct)
    {
        await using var db = contexts.Create(tenant);
        await db.ScheduleLeases.Where(l => l.Job == job && l.Holder == Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.CompletedRun, run).SetProperty(l => l.Holder, (Guid?)null).SetProperty(l => l.LeasedUntil, (long?)null), ct);
    }

    /// <summary>Lets the lease go without finishing the run (it failed), so another instance may try it.</summary>
    public async Task ReleaseAsync(TenantInfo tenant, string job, CancellationToken ct)
    {
        await using var db = contexts.Create(tenant);
        await db.ScheduleLeases.Where(l => l.Job == job && l.Holder == Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (Guid?)null).SetProperty(l => l.LeasedUntil, (long?)null), ct);
    }
}
