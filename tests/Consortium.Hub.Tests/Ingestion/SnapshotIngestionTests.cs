using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Data;
using Consortium.Hub.Ingestion;
using Microsoft.EntityFrameworkCore;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Ingestion;

public sealed class SnapshotIngestionTests : IAsyncLifetime
{
    private readonly HubTestStore _store = new();
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    private async Task<List<StoredIndicatorValue>> Values(string authority = Brent)
    {
        await using var db = _store.Db();
        return await db.IndicatorValues.AsNoTracking().Where(v => v.AuthorityCode == authority).OrderBy(v => v.Indicator).ToListAsync();
    }

    [Fact]
    public async Task The_same_snapshot_delivered_twice_is_stored_once()
    {
        var snapshot = Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2288, 305.0m), Percent(IndicatorCode.REREF12, 174, 2288));

        Assert.Equal(SnapshotOutcome.Applied, await _store.Ingestor.IngestAsync(snapshot));
        Assert.Equal(SnapshotOutcome.Repeated, await _store.Ingestor.IngestAsync(snapshot));

        var values = await Values();
        Assert.Equal([IndicatorCode.REF, IndicatorCode.REREF12], values.Select(v => v.Indicator));
        Assert.Equal(2288m, values[0].Value);
        await using var db = _store.Db();
        Assert.Equal(1, await db.SnapshotHeads.CountAsync());
        Assert.Equal([SnapshotOutcome.Applied, SnapshotOutcome.Repeated], await db.SnapshotReceipts.OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync());
    }

    [Fact]
    public async Task A_republished_snapshot_computed_later_replaces_the_values_and_drops_indicators_it_no_longer_carries()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2288, 305.0m), Percent(IndicatorCode.REREF12, 174, 2288)));

        var outcome = await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon.AddHours(1), Count(IndicatorCode.REF, 2300, 306.6m)));

        Assert.Equal(SnapshotOutcome.Applied, outcome);
        var value = Assert.Single(await Values());
        Assert.Equal((IndicatorCode.REF, 2300m, Noon.AddHours(1)), (value.Indicator, value.Value!.Value, value.ComputedAt));
    }

    [Fact]
    public async Task A_snapshot_computed_earlier_than_the_one_held_changes_nothing()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2300, 306.6m)));

        var outcome = await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon.AddMinutes(-5), Count(IndicatorCode.REF, 1, 0.1m), Percent(IndicatorCode.REREF12, 1, 2)));

        Assert.Equal(SnapshotOutcome.Superseded, outcome);
        var value = Assert.Single(await Values());
        Assert.Equal(2300m, value.Value);
    }

    [Fact]
    public async Task Snapshots_of_other_periods_authorities_and_versions_are_kept_apart()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2288, 305.0m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year.Previous(), Noon, Count(IndicatorCode.REF, 2000, 270.0m)));
        await _store.Ingestor.IngestAsync(Snapshot(Brent, ReportingPeriod.QuarterOf(Year.Start), Noon, Count(IndicatorCode.REF, 600, 80.0m)));
        await _store.Ingestor.IngestAsync(Snapshot(Bristol, Year, Noon, Count(IndicatorCode.REF, 3000, 323.6m)));

        await using var db = _store.Db();
        Assert.Equal(4, await db.IndicatorValues.CountAsync());
        Assert.Equal(4, await db.SnapshotHeads.CountAsync());
    }

    [Fact]
    public async Task A_snapshot_from_an_authority_the_hub_does_not_know_is_refused_and_nothing_is_stored()
    {
        var refused = await Assert.ThrowsAsync<SnapshotRefusedException>(() =>
            _store.Ingestor.IngestAsync(Snapshot("E06000099", Year, Noon, Count(IndicatorCode.REF, 10, 1m))));

        Assert.Equal(RefusalReason.UnknownAuthority, refused.Reason);
        await using var db = _store.Db();
        Assert.Equal(0, await db.IndicatorValues.CountAsync());
        Assert.Equal(0, await db.SnapshotReceipts.CountAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IndicatorCatalogue.Version + 1)]
    public async Task A_snapshot_of_a_catalogue_version_the_hub_does_not_know_is_refused(int version)
    {
        var snapshot = Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 10, 1m)) with { CatalogueVersion = version };

        var refused = await Assert.ThrowsAsync<SnapshotRefusedException>(() => _store.Ingestor.IngestAsync(snapshot));

        Assert.Equal(RefusalReason.UnknownCatalogueVersion, refused.Reason);
        Assert.Empty(await Values());
    }

    [Fact]
    public async Task The_audit_indicators_are_accepted_in_catalogue_version_2_and_refused_in_a_version_1_snapshot()
    {
        var audits = Percent(IndicatorCode.QA_AUDIT_GOOD, 40, 60);

        var refused = await Assert.ThrowsAsync<SnapshotRefusedException>(() =>
            _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 10, 1m), audits) with { CatalogueVersion = 1 }));
        Assert.Equal(SnapshotOutcome.Applied, await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 10, 1m), audits) with { CatalogueVersion = 2 }));

        Assert.Equal(RefusalReason.UnknownIndicator, refused.Reason);
        Assert.Contains(await Values(), v => v.Indicator == IndicatorCode.QA_AUDIT_GOOD && v.CatalogueVersion == 2 && v.Value == 66.7m);
    }

    [Fact]
    public async Task A_snapshot_naming_an_indicator_twice_or_one_outside_the_catalogue_is_refused()
    {
        await Assert.ThrowsAsync<SnapshotRefusedException>(() => _store.Ingestor.IngestAsync(
            Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 10, 1m), Count(IndicatorCode.REF, 11, 1m))));
        await Assert.ThrowsAsync<SnapshotRefusedException>(() => _store.Ingestor.IngestAsync(
            Snapshot(Brent, Year, Noon, Count((IndicatorCode)999, 10, 1m))));
    }

    [Fact]
    public async Task An_authority_added_in_configuration_is_accepted()
    {
        Assert.Equal(SnapshotOutcome.Applied, await _store.Ingestor.IngestAsync(Snapshot(Rutland, Year, Noon, Count(IndicatorCode.REF, 120, 168.5m))));
    }

    [Fact]
    public async Task A_suppressed_value_keeps_no_numbers_even_if_some_arrived()
    {
        var leaky = new IndicatorValue { Indicator = IndicatorCode.CPP_2YR, Status = ValueStatus.Suppressed, Value = 3, Numerator = 3, Denominator = 40 };

        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, leaky));

        var value = Assert.Single(await Values());
        Assert.Equal(ValueStatus.Suppressed, value.Status);
        Assert.Null(value.Value);
        Assert.Null(value.Numerator);
        Assert.Null(value.Denominator);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_the_same_key_leave_the_latest_snapshot_once()
    {
        var snapshots = Enumerable.Range(0, 8)
            .Select(i => Snapshot(Brent, Year, Noon.AddMinutes(i), Count(IndicatorCode.REF, 2000 + i, 270m + i), Percent(IndicatorCode.REREF12, 100 + i, 2000 + i)))
            .ToList();

        // Each snapshot twice, all at once, in a shuffled order.
        var deliveries = snapshots.Concat(snapshots).OrderBy(_ => Random.Shared.Next()).ToList();
        await Task.WhenAll(deliveries.Select(s => Task.Run(() => _store.Ingestor.IngestAsync(s))));

        var values = await Values();
        Assert.Equal([IndicatorCode.REF, IndicatorCode.REREF12], values.Select(v => v.Indicator));
        Assert.Equal(2007m, values[0].Value);
        Assert.Equal(Noon.AddMinutes(7), values[0].ComputedAt);
        await using var db = _store.Db();
        Assert.Equal(1, await db.SnapshotHeads.CountAsync());
        Assert.Equal(16, await db.SnapshotReceipts.CountAsync());
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_row_for_the_same_key()
    {
        await _store.Ingestor.IngestAsync(Snapshot(Brent, Year, Noon, Count(IndicatorCode.REF, 2288, 305.0m)));
        await using var db = _store.Db();
        db.IndicatorValues.Add(new StoredIndicatorValue
        {
            AuthorityCode = Brent, PeriodKind = Year.Kind, PeriodStart = Year.Start, Indicator = IndicatorCode.REF,
            CatalogueVersion = IndicatorCatalogue.Version, Status = ValueStatus.Available, Value = 1, ComputedAt = Noon, ReceivedAt = Noon,
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var heads = _store.Db();
        heads.SnapshotHeads.Add(new SnapshotHead { AuthorityCode = Brent, PeriodKind = Year.Kind, PeriodStart = Year.Start, CatalogueVersion = IndicatorCatalogue.Version });
        await Assert.ThrowsAsync<DbUpdateException>(() => heads.SaveChangesAsync());
    }
}
