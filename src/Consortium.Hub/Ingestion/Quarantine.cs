using Consortium.Contracts;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Ingestion;

/// <summary>The snapshots the hub quarantined, newest first, for the consortium lead to take up with the authority.</summary>
public sealed class Quarantine(IDbContextFactory<HubDbContext> contexts, AuthorityRegistry authorities)
{
    public async Task<IReadOnlyList<QuarantinedSnapshot>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var receipts = await db.SnapshotReceipts.AsNoTracking()
            .Where(r => r.Outcome == SnapshotOutcome.Quarantined)
            .OrderByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        return [.. receipts.Select(r => new QuarantinedSnapshot(
            authorities.Find(r.AuthorityCode)?.Name ?? r.AuthorityCode, r.AuthorityCode, new ReportingPeriod(r.PeriodKind, r.PeriodStart),
            r.ComputedAt, r.ReceivedAt, r.WouldDisclose ?? ""))];
    }
}
