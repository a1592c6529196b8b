using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Hub.Data;
using Consortium.Hub.Ingestion;
using Microsoft.EntityFrameworkCore;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Ingestion;

/// <summary>The hub's own check: a snapshot that would give away a value it holds as suppressed is quarantined, not applied.</summary>
public sealed class DisclosureGuardTests : IAsyncLifetime
{
    private static readonly ReportingPeriod April = ReportingPeriod.MonthOf(new DateOnly(2024, 4, 1));
    private static readonly ReportingPeriod May = ReportingPeriod.MonthOf(new DateOnly(2024, 5, 1));
    private static readonly ReportingPeriod June = ReportingPeriod.MonthOf(new DateOnly(2024, 6, 1));
    private static readonly ReportingPeriod FirstQuarter = ReportingPeriod.QuarterOf(new DateOnly(2024, 4, 1));

    private readonly HubTestStore _store = new();

    public async Task InitializeAsync()
    {
        await _store.InitializeAsync();
        await _store.Ingestor.IngestAsync(Snapshot(Brent, April, Noon, Suppressed(IndicatorCode.REF)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, May, Noon, Count(IndicatorCode.REF, 9, 1m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, FirstQuarter, Noon, Count(IndicatorCode.REF, 20, 3m)));
    }

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task A_snapshot_that_would_give_away_a_suppressed_value_is_quarantined_and_not_applied()
    {
        var refused = await Assert.ThrowsAsync<SnapshotRefusedException>(() => _store.Ingestor.IngestAsync(Snapshot(Brent, June, Noon, Count(IndicatorCode.REF, 8, 1m))));

        Assert.Equal(RefusalReason.WouldDisclose, refused.Reason);
        await using var db = _store.Db();
        Assert.False(await db.IndicatorValues.AnyAsync(v => v.PeriodStart == June.Start && v.PeriodKind == PeriodKind.Month));
        var receipt = await db.SnapshotReceipts.SingleAsync(r => r.Outcome == SnapshotOutcome.Quarantined);
        Assert.Equal((Brent, June.Start), (receipt.AuthorityCode, receipt.PeriodStart));
        Assert.Contains("2024-04: referrals starting in the period", receipt.WouldDisclose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_that_would_give_away_a_suppressed_value_with_an_earlier_revision_of_another_period_is_quarantined()
    {
        // The quarter's 20 referrals were shown, then taken back by a later revision; whoever saw the 20 still knows it,
        // so June's 8 would give April away (20 - 9 - 8 = 3) although the hub's latest values no longer say 20.
        Assert.Equal(SnapshotOutcome.Applied, await _store.Ingestor.IngestAsync(Snapshot(Brent, FirstQuarter, Noon.AddHours(1), Suppressed(IndicatorCode.REF))));

        var refused = await Assert.ThrowsAsync<SnapshotRefusedException>(() => _store.Ingestor.IngestAsync(Snapshot(Brent, June, Noon, Count(IndicatorCode.REF, 8, 1m))));

        Assert.Equal(RefusalReason.WouldDisclose, refused.Reason);
        await using var db = _store.Db();
        var receipt = await db.SnapshotReceipts.SingleAsync(r => r.Outcome == SnapshotOutcome.Quarantined);
        Assert.Contains("2024-04: referrals starting in the period", receipt.WouldDisclose, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_that_contradicts_what_the_hub_holds_is_applied_since_it_gives_nothing_away()
    {
        Assert.Equal(SnapshotOutcome.Applied, await _store.Ingestor.IngestAsync(Snapshot(Brent, June, Noon, Count(IndicatorCode.REF, 30, 1m))));
    }

    [Fact]
    public async Task A_snapshot_that_keeps_the_suppressed_value_open_is_applied()
    {
        Assert.Equal(SnapshotOutcome.Applied, await _store.Ingestor.IngestAsync(Snapshot(Brent, June, Noon, Suppressed(IndicatorCode.REF))));
        Assert.Equal(SnapshotOutcome.Applied, await _store.Ingestor.IngestAsync(Snapshot(Bristol, June, Noon, Count(IndicatorCode.REF, 8, 1m))));
    }
}
