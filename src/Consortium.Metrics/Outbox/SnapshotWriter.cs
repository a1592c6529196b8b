using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Policy;
using Consortium.Practice.Workforce;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Outbox;

/// <summary>
/// Computes the current authority's indicators for some periods, puts them through disclosure control
/// (<see cref="DisclosedSnapshots"/>) and, in one transaction of its database, records each snapshot as shared and
/// writes the message that carries it to the outbox. The relay sends it afterwards.
/// </summary>
public sealed class SnapshotWriter(
    MetricsDbContext db,
    ITenantContextAccessor tenants,
    IOptionsSnapshot<PracticePolicy> policy,
    IOptionsSnapshot<TrainingPolicy> training,
    WorkingDayNumbers workingDays,
    DisclosedSnapshots disclosed,
    OutboxSignal signal,
    TimeProvider clock)
{
    /// <summary>Writes a snapshot per period; with <paramref name="skipUnchanged"/>, not where the values equal the last one shared.</summary>
    public async Task<int> WriteAsync(IReadOnlyList<ReportingPeriod> periods, SnapshotReason reason, bool skipUnchanged, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var tenant = tenants.Current ?? throw new InvalidOperationException("Indicators are computed for one authority at a time.");
        await workingDays.EnsureAsync(db, ct);
        await PlannerStatistics.RefreshAsync(db.Database, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var settings = ComputationSettings.For(tenant, policy.Value, today, training.Value);

        var now = clock.GetUtcNow();
        var computed = await IndicatorComputer.ComputeAsync(db, periods, settings, ct);

        var pending = new List<(SharedSnapshot Snapshot, OutboxMessage Message)>();
        var synthetic = await db.Cases.AnyAsync(c => c.IsSynthetic, ct);
        foreach (var disclosedMessage in await disclosed.ForAsync(computed, settings, tenant.NewLaCode, today, now, ct))
        {
            var message = disclosedMessage with { FromSyntheticRecords = synthetic };
            if (skipUnchanged && await SameAsLastSharedAsync(message, ct))
            {
                continue;
            }

            var body = JsonSerializer.Serialize(message, ContractJson.Options);
            var outbox = new OutboxMessage
            {
                MessageType = nameof(IndicatorSnapshotPublished),
                Body = body,
                CreatedAt = now.ToUnixTimeMilliseconds(),
                NextAttemptAt = now.ToUnixTimeMilliseconds(),
            };
            pending.Add((new SharedSnapshot
            {
                PeriodKind = message.Period.Kind,
                PeriodStart = message.Period.Start,
                CatalogueVersion = message.CatalogueVersion,
                ComputedAt = now,
                Reason = reason,
                Body = body,
                OutboxMessageId = outbox.Id,
            }, outbox));
        }

        if (pending.Count == 0)
        {
            return 0;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var (snapshot, message) in pending)
            {
                db.SharedSnapshots.Add(snapshot);
                db.Outbox.Add(message);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        signal.Notify();
        return pending.Count;
    }

    private async Task<bool> SameAsLastSharedAsync(IndicatorSnapshotPublished message, CancellationToken ct)
    {
        var last = await db.SharedSnapshots.AsNoTracking()
            .Where(s => s.PeriodKind == message.Period.Kind && s.PeriodStart == message.Period.Start && s.CatalogueVersion == message.CatalogueVersion)
            .OrderByDescending(s => s.Id).Select(s => s.Body).FirstOrDefaultAsync(ct);
        return last is not null
            && JsonSerializer.Deserialize<IndicatorSnapshotPublished>(last, ContractJson.Options)!.Values.SequenceEqual(message.Values);
    }
}
