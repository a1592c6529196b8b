using System.Data;
using System.Data.Common;
using Consortium.Contracts.Messages;
using Consortium.Hub.Authorities;
using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consortium.Hub.Ingestion;

/// <summary>
/// Stores a snapshot as the hub's values for its authority, period and catalogue version, in one transaction:
/// a redelivered or republished snapshot replaces the earlier values (never adds to them), an older one changes
/// nothing, and indicators a newer snapshot no longer carries are removed. Two deliveries of the same key at once
/// meet at the unique key of <see cref="SnapshotHead"/>; the loser retries against what the winner wrote.
/// </summary>
public sealed class SnapshotIngestor(
    IDbContextFactory<HubDbContext> contexts,
    AuthorityRegistry authorities,
    TimeProvider time,
    ILogger<SnapshotIngestor> logger)
{
    private const int Attempts = 5;

    public async Task<SnapshotOutcome> IngestAsync(IndicatorSnapshotPublished snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        SnapshotValidation.EnsureAcceptable(snapshot, authorities);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await ApplyAsync(snapshot, cancellationToken);
                logger.LogInformation(
                    "Snapshot of {Authority} for {Period} (catalogue {Version}, {Count} values): {Outcome}",
                    snapshot.Authority.Value, snapshot.Period.Key, snapshot.CatalogueVersion, snapshot.Values.Count, outcome);
                return outcome;
            }
            catch (Exception ex) when (attempt < Attempts && ex is DbUpdateException or DbException)
            {
                logger.LogInformation(
                    "Snapshot of {Authority} for {Period} met a concurrent write; attempt {Attempt} of {Attempts}",
                    snapshot.Authority.Value, snapshot.Period.Key, attempt, Attempts);
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * attempt + Random.Shared.Next(20)), cancellationToken);
            }
        }
    }

    private async Task<SnapshotOutcome> ApplyAsync(IndicatorSnapshotPublished snapshot, CancellationToken cancellationToken)
    {
        var code = snapshot.Authority.Value;
        var kind = snapshot.Period.Kind;
        var start = snapshot.Period.Start;
        var version = snapshot.CatalogueVersion;
        var receivedAt = time.GetUtcNow();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var head = await db.SnapshotHeads.SingleOrDefaultAsync(
            h => h.AuthorityCode == code && h.PeriodKind == kind && h.PeriodStart == start && h.CatalogueVersion == version, cancellationToken);
        var outcome = head is null ? SnapshotOutcome.Applied
            : head.ComputedAt > snapshot.ComputedAt ? SnapshotOutcome.Superseded
            : head.ComputedAt == snapshot.ComputedAt ? SnapshotOutcome.Repeated
            : SnapshotOutcome.Applied;

        if (outcome != SnapshotOutcome.Superseded && await WouldDiscloseAsync(db, snapshot, cancellationToken) is { Count: > 0 } derivable)
        {
            await transaction.RollbackAsync(cancellationToken);
            await QuarantineAsync(snapshot, receivedAt, derivable, cancellationToken);
            throw new SnapshotRefusedException(RefusalReason.WouldDisclose,
                $"Quarantined the snapshot of {code} for {snapshot.Period.Key}: with it, {derivable.Count} suppressed figure(s) the hub holds could be worked out.");
        }

        if (outcome != SnapshotOutcome.Superseded)
        {
            if (head is null)
            {
                head = new SnapshotHead { AuthorityCode = code, PeriodKind = kind, PeriodStart = start, CatalogueVersion = version };
                db.SnapshotHeads.Add(head);
            }

            head.ComputedAt = snapshot.ComputedAt;
            head.ReceivedAt = receivedAt;
            head.ValueCount = snapshot.Values.Count;
            head.FromSyntheticRecords = snapshot.FromSyntheticRecords;
            await ReplaceValuesAsync(db, snapshot, receivedAt, cancellationToken);
            if (outcome == SnapshotOutcome.Applied)
            {
                db.HeldIndicatorValues.AddRange(snapshot.Values.Select(v => Held(snapshot, v)));
            }
        }

        db.SnapshotReceipts.Add(new SnapshotReceipt
        {
            AuthorityCode = code,
            PeriodKind = kind,
            PeriodStart = start,
            CatalogueVersion = version,
            ComputedAt = snapshot.ComputedAt,
            ReceivedAt = receivedAt,
            ValueCount = snapshot.Values.Count,
            Outcome = outcome,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private async Task<IReadOnlyList<Contracts.Disclosure.Quantity>> WouldDiscloseAsync(HubDbContext db, IndicatorSnapshotPublished snapshot, CancellationToken cancellationToken)
    {
        var (from, to) = DisclosureGuard.Span(snapshot.Period);
        var code = snapshot.Authority.Value;
        var held = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.AuthorityCode == code && v.CatalogueVersion == snapshot.CatalogueVersion && v.PeriodStart >= from && v.PeriodStart <= to)
            .ToListAsync(cancellationToken);
        var revisions = await db.HeldIndicatorValues.AsNoTracking()
            .Where(v => v.AuthorityCode == code && v.CatalogueVersion == snapshot.CatalogueVersion && v.PeriodStart >= from && v.PeriodStart <= to)
            .ToListAsync(cancellationToken);
        return DisclosureGuard.WouldDisclose(held, snapshot, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), revisions);
    }

    /// <summary>A value as held among every revision: a value that is not Available keeps no numbers, as in <see cref="Copy"/>.</summary>
    private static HeldIndicatorValue Held(IndicatorSnapshotPublished snapshot, IndicatorValue value)
    {
        var available = value.Status == ValueStatus.Available;
        return new HeldIndicatorValue
        {
            AuthorityCode = snapshot.Authority.Value,
            PeriodKind = snapshot.Period.Kind,
            PeriodStart = snapshot.Period.Start,
            CatalogueVersion = snapshot.CatalogueVersion,
            ComputedAt = snapshot.ComputedAt,
            Indicator = value.Indicator,
            Status = value.Status,
            Value = available ? value.Value : null,
            Numerator = available ? value.Numerator : null,
            Denominator = available ? value.Denominator : null,
        };
    }

    /// <summary>Records the refusal in its own transaction, since the snapshot's is rolled back; the message goes to the error queue.</summary>
    private async Task QuarantineAsync(IndicatorSnapshotPublished snapshot, DateTimeOffset receivedAt, IReadOnlyList<Contracts.Disclosure.Quantity> derivable, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = string.Join("; ", derivable.Select(q => q.ToString()));
        db.SnapshotReceipts.Add(new SnapshotReceipt
        {
            AuthorityCode = snapshot.Authority.Value,
            PeriodKind = snapshot.Period.Kind,
            PeriodStart = snapshot.Period.Start,
            CatalogueVersion = snapshot.CatalogueVersion,
            ComputedAt = snapshot.ComputedAt,
            ReceivedAt = receivedAt,
            ValueCount = snapshot.Values.Count,
            Outcome = SnapshotOutcome.Quarantined,
            WouldDisclose = listed.Length > 4000 ? listed[..3997] + "..." : listed,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("Quarantined the snapshot of {Authority} for {Period}: {Count} suppressed figure(s) could be worked out with it",
            snapshot.Authority.Value, snapshot.Period.Key, derivable.Count);
    }

    private static async Task ReplaceValuesAsync(HubDbContext db, IndicatorSnapshotPublished snapshot, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var code = snapshot.Authority.Value;
        var kind = snapshot.Period.Kind;
        var start = snapshot.Period.Start;
        var version = snapshot.CatalogueVersion;
        var existing = await db.IndicatorValues
            .Where(v => v.AuthorityCode == code && v.PeriodKind == kind && v.PeriodStart == start && v.CatalogueVersion == version)
            .ToDictionaryAsync(v => v.Indicator, cancellationToken);

        foreach (var value in snapshot.Values)
        {
            if (!existing.Remove(value.Indicator, out var row))
            {
                row = new StoredIndicatorValue { AuthorityCode = code, PeriodKind = kind, PeriodStart = start, Indicator = value.Indicator, CatalogueVersion = version };
                db.IndicatorValues.Add(row);
            }

            Copy(value, row);
            row.ComputedAt = snapshot.ComputedAt;
            row.ReceivedAt = receivedAt;
        }

        // Indicators the newer snapshot no longer carries are no longer the authority's figures.
        db.IndicatorValues.RemoveRange(existing.Values);
    }

    /// <summary>A value that is not Available keeps no numbers, whatever arrived: a suppressed value cannot be re-derived.</summary>
    private static void Copy(IndicatorValue value, StoredIndicatorValue row)
    {
        var available = value.Status == ValueStatus.Available;
        row.Status = value.Status;
        row.Value = available ? value.Value : null;
        row.Numerator = available ? value.Numerator : null;
        row.Denominator = available ? value.Denominator : null;
        row.RatePer10000 = available ? value.RatePer10000 : null;
        row.LowerQuartile = available ? value.LowerQuartile : null;
        row.UpperQuartile = available ? value.UpperQuartile : null;
    }
}
