using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Outbox;

/// <summary>
/// Computes the current authority's indicators for some periods and, in one transaction of its database, records
/// each snapshot as shared and writes the message that carries it to the outbox. The relay sends it afterwards.
/// </summary>
public sealed class SnapshotWriter(
    MetricsDbContext db,
    ITenantContextAccessor tenants,
    IOptionsSnapshot<PracticePolicy> policy,
    WorkingDayNumbers workingDays,
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
        var settings = ComputationSettings.For(tenant, policy.Value, today);

        var now = clock.GetUtcNow();
        var computed = new List<IndicatorSnapshotPublished>();
        foreach (var period in periods)
        {
            var measures = await IndicatorComputer.ComputeAsync(db, period, settings, ct);
            computed.Add(new IndicatorSnapshotPublished
            {
                Authority = new AuthorityCode(tenant.NewLaCode),
                Period = period,
                CatalogueVersion = IndicatorCatalogue.Version,
                ComputedAt = now,
                Values = [.. measures.Select(m => DisclosureControl.Apply(m, settings.SuppressionThreshold, settings.ChildrenAged0To17))],
            });
        }

        var pending = new List<(SharedSnapshot Snapshot, OutboxMessage Message)>();
        foreach (var (message, why) in await WithSecondarySuppressionAsync(computed, reason, today, now, ct))
        {
            if (skipUnchanged && why == reason && await SameAsLastSharedAsync(message, ct))
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
                Reason = why,
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

    /// <summary>
    /// The computed snapshots with the secondary suppression their reporting years need, each seen beside the latest
    /// snapshot shared for every other period of its year; and a re-shared copy of any earlier snapshot in which a
    /// further value must now be suppressed.
    /// </summary>
    private async Task<List<(IndicatorSnapshotPublished Message, SnapshotReason Reason)>> WithSecondarySuppressionAsync(
        List<IndicatorSnapshotPublished> computed, SnapshotReason reason, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var result = new List<(IndicatorSnapshotPublished, SnapshotReason)>();
        foreach (var year in computed.GroupBy(m => ReportingPeriod.YearOf(m.Period.Start)))
        {
            var earlier = await LatestSharedAsync(year.Key, ct);
            var visible = earlier.ToDictionary(e => e.Key, e => e.Value.Values);
            foreach (var message in year)
            {
                visible[message.Period] = message.Values;
            }

            var further = SecondarySuppression.Find(year.Key, visible, today);
            result.AddRange(year.Select(message => (Suppress(message, further), reason)));
            result.AddRange(further.Select(cell => cell.Period).Distinct()
                .Where(period => year.All(m => m.Period != period))
                .OrderBy(period => period.Kind).ThenBy(period => period.Start)
                .Select(period => (Suppress(earlier[period], further) with { ComputedAt = now }, SnapshotReason.SecondarySuppression)));
        }

        return result;
    }

    private static IndicatorSnapshotPublished Suppress(IndicatorSnapshotPublished message, IReadOnlySet<(ReportingPeriod Period, IndicatorCode Indicator)> cells) =>
        message with
        {
            Values = [.. message.Values.Select(v => cells.Contains((message.Period, v.Indicator)) ? SecondarySuppression.Suppressed(v.Indicator) : v)],
        };

    /// <summary>The latest snapshot shared for each period of the reporting year, under the current catalogue.</summary>
    private async Task<Dictionary<ReportingPeriod, IndicatorSnapshotPublished>> LatestSharedAsync(ReportingPeriod year, CancellationToken ct)
    {
        var latest = await db.SharedSnapshots.AsNoTracking()
            .Where(s => s.CatalogueVersion == IndicatorCatalogue.Version && s.PeriodStart >= year.Start && s.PeriodStart <= year.End)
            .GroupBy(s => new { s.PeriodKind, s.PeriodStart })
            .Select(g => g.Max(s => s.Id))
            .ToListAsync(ct);
        var bodies = await db.SharedSnapshots.AsNoTracking().Where(s => latest.Contains(s.Id)).Select(s => s.Body).ToListAsync(ct);
        return bodies.Select(body => JsonSerializer.Deserialize<IndicatorSnapshotPublished>(body, ContractJson.Options)!)
            .ToDictionary(m => m.Period);
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
