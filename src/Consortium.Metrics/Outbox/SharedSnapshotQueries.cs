using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Outbox;

/// <summary>What the current authority has shared with the hub, newest first, and exactly what each snapshot said.</summary>
public sealed class SharedSnapshotQueries(MetricsDbContext db)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<SharedSnapshotRow> Rows, int Total)> HistoryAsync(int page, CancellationToken ct = default)
    {
        var total = await db.SharedSnapshots.CountAsync(ct);
        var rows = await (
            from s in db.SharedSnapshots.AsNoTracking()
            join m in db.Outbox.AsNoTracking() on s.OutboxMessageId equals m.Id into messages
            from m in messages.DefaultIfEmpty()
            orderby s.Id descending
            select new { s.Id, s.PeriodKind, s.PeriodStart, s.ComputedAt, s.Reason, SentAt = m == null ? null : m.SentAt, Attempts = m == null ? 0 : m.Attempts, LastFailure = m == null ? null : m.LastFailure })
            .Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return ([.. rows.Select(r => new SharedSnapshotRow(
            r.Id, new ReportingPeriod(r.PeriodKind, r.PeriodStart), r.ComputedAt, r.Reason,
            r.SentAt is { } sent ? DateTimeOffset.FromUnixTimeMilliseconds(sent) : null, r.Attempts, r.LastFailure))], total);
    }

    /// <summary>The snapshot as the hub received it (the message body), or null when this authority has no such snapshot.</summary>
    public async Task<(SharedSnapshotRow Row, IndicatorSnapshotPublished Message)?> FindAsync(long id, CancellationToken ct = default)
    {
        var snapshot = await db.SharedSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (snapshot is null)
        {
            return null;
        }

        var message = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(m => m.Id == snapshot.OutboxMessageId, ct);
        var row = new SharedSnapshotRow(snapshot.Id, snapshot.Period, snapshot.ComputedAt, snapshot.Reason,
            message?.SentAt is { } sent ? DateTimeOffset.FromUnixTimeMilliseconds(sent) : null, message?.Attempts ?? 0, message?.LastFailure);
        return (row, JsonSerializer.Deserialize<IndicatorSnapshotPublished>(snapshot.Body, ContractJson.Options)!);
    }

    /// <summary>Messages not yet confirmed by the broker.</summary>
    public Task<int> WaitingAsync(CancellationToken ct = default) => db.Outbox.CountAsync(m => m.SentAt == null, ct);
}
