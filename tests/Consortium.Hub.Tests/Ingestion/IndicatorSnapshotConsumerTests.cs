using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Hub.Data;
using Consortium.Hub.Ingestion;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Consortium.Hub.Tests.HubTestStore;

namespace Consortium.Hub.Tests.Ingestion;

/// <summary>The consumer on MassTransit's in-memory test harness, registered exactly as a host registers it.</summary>
public sealed class IndicatorSnapshotConsumerTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("consortium-hub-bus-").FullName;
    private ServiceProvider _services = null!;
    private ITestHarness _harness = null!;

    public Task InitializeAsync() => StartAsync(migrated: true);

    private async Task StartAsync(bool migrated)
    {
        _services = HubTestStore.ServiceCollection(_directory, services => services.AddMassTransitTestHarness(bus => bus.AddHubConsumers()))
            .BuildServiceProvider(true);
        if (migrated)
        {
            await _services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync();
        }

        _harness = _services.GetRequiredService<ITestHarness>();
        _harness.TestInactivityTimeout = TimeSpan.FromSeconds(5);
        await _harness.Start();
    }

    public async Task DisposeAsync()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<int> StoredValues()
    {
        await using var db = _services.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContext();
        return await db.IndicatorValues.CountAsync();
    }

    [Fact]
    public async Task A_published_snapshot_is_consumed_into_the_hub_store_and_a_redelivery_adds_nothing()
    {
        var snapshot = Snapshot(Brent, ReportingPeriod.Year(2024), Noon, Count(IndicatorCode.REF, 2288, 305.0m), Percent(IndicatorCode.REREF12, 174, 2288));
        var consumer = _harness.GetConsumerHarness<IndicatorSnapshotConsumer>();

        await _harness.Bus.Publish(snapshot);
        await _harness.Bus.Publish(snapshot);

        await _harness.InactivityTask;
        Assert.Equal(2, consumer.Consumed.Select<IndicatorSnapshotPublished>().Count());
        Assert.False(await _harness.Published.Any<Fault<IndicatorSnapshotPublished>>());
        Assert.Equal(2, await StoredValues());
    }

    [Fact]
    public async Task A_snapshot_from_an_unknown_authority_faults_without_retrying_and_stores_nothing()
    {
        var consumer = _harness.GetConsumerHarness<IndicatorSnapshotConsumer>();

        await _harness.Bus.Publish(Snapshot("E06000099", ReportingPeriod.Year(2024), Noon, Count(IndicatorCode.REF, 10, 1m)));

        Assert.True(await _harness.Published.Any<Fault<IndicatorSnapshotPublished>>());
        var fault = (await _harness.Published.SelectAsync<Fault<IndicatorSnapshotPublished>>().First()).Context.Message;
        Assert.Contains(fault.Exceptions, e => e.ExceptionType == typeof(SnapshotRefusedException).FullName);
        await _harness.InactivityTask;
        Assert.Single(consumer.Consumed.Select<IndicatorSnapshotPublished>());
        Assert.Equal(0, await StoredValues());
    }

    [Fact]
    public async Task A_snapshot_that_fails_for_a_passing_reason_is_retried_with_backoff_and_stored_once()
    {
        await _harness.Stop();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_directory, "hub.db*"))
        {
            File.Delete(file);
        }

        await StartAsync(migrated: false);
        var consumer = _harness.GetConsumerHarness<IndicatorSnapshotConsumer>();

        // The hub database has no tables yet: the first attempt fails (after the ingestor's own few quick tries, about
        // 0.7 s). Without the endpoint's retry the snapshot faults there; with it, attempts go on for about 10 s.
        await _harness.Bus.Publish(Snapshot(Brent, ReportingPeriod.Year(2024), Noon, Count(IndicatorCode.REF, 2288, 305.0m)));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await _services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync();

        await _harness.InactivityTask;
        Assert.False(await _harness.Published.Any<Fault<IndicatorSnapshotPublished>>());
        Assert.Equal(1, await StoredValues());
        Assert.True(consumer.Consumed.Select<IndicatorSnapshotPublished>().Any());
    }

    [Fact]
    public void The_consumer_listens_on_a_fixed_durable_queue_name() =>
        Assert.Equal("consortium-hub-indicator-snapshots", ((IConsumerDefinition)new IndicatorSnapshotConsumerDefinition()).GetEndpointName(DefaultEndpointNameFormatter.Instance));
}
