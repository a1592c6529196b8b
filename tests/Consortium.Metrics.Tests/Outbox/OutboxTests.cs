using Consortium.Contracts;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Consortium.Metrics.Tests.Outbox;

/// <summary>Snapshots and their messages are written together, and the relay sends each once, on the in-memory bus.</summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private static readonly ReportingPeriod[] ThreePeriods =
        [ReportingPeriod.Year(2025), ReportingPeriod.QuarterOf(new DateOnly(2025, 4, 1)), ReportingPeriod.MonthOf(new DateOnly(2025, 4, 1))];

    private readonly MetricsTestHost _host = new(bus =>
    {
        bus.AddConsumer<RecordingConsumer>();
        bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
    });

    private TenantInfo _tenant = null!;

    public async Task InitializeAsync()
    {
        _host.Services.GetRequiredService<Deliveries>();
        await _host.Services.GetRequiredService<IBusControl>().StartAsync();
        _tenant = await _host.ProvisionedAsync("wokingham");
    }

    public async Task DisposeAsync()
    {
        await _host.Services.GetRequiredService<IBusControl>().StopAsync();
        await _host.DisposeAsync();
    }

    private Task<int> Write(SnapshotReason reason = SnapshotReason.Operator, bool skipUnchanged = false) =>
        _host.As(_tenant, sp => sp.GetRequiredService<SnapshotWriter>().WriteAsync(ThreePeriods, reason, skipUnchanged));

    private Task<T> Read<T>(Func<MetricsDbContext, Task<T>> read) => _host.As(_tenant, sp => read(sp.GetRequiredService<MetricsDbContext>()));

    [Fact]
    public async Task Each_snapshot_is_recorded_as_shared_with_its_message_waiting_in_the_outbox()
    {
        Assert.Equal(3, await Write());

        var snapshots = await Read(db => db.SharedSnapshots.ToListAsync());
        var messages = await Read(db => db.Outbox.ToListAsync());

        Assert.Equal(messages.Select(m => m.Id).Order(), snapshots.Select(s => s.OutboxMessageId).Order());
        Assert.All(messages, m => Assert.Null(m.SentAt));
        Assert.All(snapshots, s => Assert.Equal(messages.Single(m => m.Id == s.OutboxMessageId).Body, s.Body));
        Assert.All(messages, m => Assert.Contains(_tenant.NewLaCode, m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_snapshot_says_whether_any_record_it_was_computed_from_is_synthetic_and_nothing_else_about_them()
    {
        await _host.As(_tenant, async sp =>
        {
            var book = new Casebook(sp.GetRequiredService<Practice.Data.PracticeDbContext>());
            book.Case(book.Child(), new DateOnly(2025, 4, 10));
            await book.SaveAsync();
            return 0;
        });
        await Write();
        await _host.As(_tenant, sp => sp.GetRequiredService<Practice.Data.PracticeDbContext>().Cases.ExecuteUpdateAsync(c => c.SetProperty(r => r.IsSynthetic, true)));
        await Write();

        var bodies = await Read(db => db.SharedSnapshots.OrderBy(s => s.Id).Select(s => s.Body).ToListAsync());

        Assert.Equal(6, bodies.Count);
        Assert.All(bodies.Take(3), b => Assert.Contains("\"fromSyntheticRecords\":false", b, StringComparison.Ordinal));
        Assert.All(bodies.Skip(3), b => Assert.Contains("\"fromSyntheticRecords\":true", b, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_database_refuses_the_message_the_snapshot_is_not_kept_either()
    {
        await Read(db => db.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_outbox BEFORE INSERT ON OutboxMessages BEGIN SELECT RAISE(ABORT, 'refused'); END;"));

        await Assert.ThrowsAsync<DbUpdateException>(() => Write());

        Assert.Equal(0, await Read(db => db.SharedSnapshots.CountAsync()));
        Assert.Equal(0, await Read(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task The_relay_sends_each_message_once_with_the_outbox_id_and_marks_it_sent()
    {
        await Write();
        var relay = _host.Services.GetRequiredService<OutboxRelay>();

        Assert.Equal(3, await relay.RelayAsync(_tenant, CancellationToken.None));
        Assert.Equal(0, await relay.RelayAsync(_tenant, CancellationToken.None));

        var deliveries = _host.Services.GetRequiredService<Deliveries>();
        await deliveries.WaitForAsync(3, TimeSpan.FromSeconds(10));
        var sent = await Read(db => db.Outbox.ToListAsync());
        Assert.All(sent, m => Assert.NotNull(m.SentAt));
        Assert.Equal(sent.Select(m => m.Id).Order(), deliveries.All.Select(d => d.MessageId).Order());
    }

    [Fact]
    public async Task An_authority_whose_database_cannot_be_read_does_not_hold_up_the_others()
    {
        // Only Wokingham's database exists; Brent's comes first in the directory and has no outbox table.
        await Write();
        var relay = _host.Services.GetRequiredService<OutboxRelay>();

        Assert.Equal(3, await relay.RelayEveryAuthorityAsync(CancellationToken.None));
        Assert.All(await Read(db => db.Outbox.ToListAsync()), m => Assert.NotNull(m.SentAt));
    }

    [Fact]
    public async Task Two_relays_on_one_outbox_send_every_message_exactly_once()
    {
        await _host.As(_tenant, sp => sp.GetRequiredService<IndicatorPublisher>().BackfillAsync(_tenant, 2024, SnapshotReason.Backfill));
        var total = await Read(db => db.Outbox.CountAsync());
        var first = _host.Services.GetRequiredService<OutboxRelay>();
        var second = new OutboxRelay(
            _host.Services.GetRequiredService<Tenancy.Stores.ITenantDirectory>(),
            _host.Services.GetRequiredService<Tenancy.Data.ITenantDbContextFactory<MetricsDbContext>>(),
            _host.Services.GetRequiredService<IBus>(),
            new OutboxSignal(),
            Options.Create(new OutboxOptions { BatchSize = 5 }),
            TimeProvider.System,
            NullLogger<OutboxRelay>.Instance);

        var counts = await Task.WhenAll(first.RelayAsync(_tenant, CancellationToken.None), second.RelayAsync(_tenant, CancellationToken.None));

        var deliveries = _host.Services.GetRequiredService<Deliveries>();
        await deliveries.WaitForAsync(total, TimeSpan.FromSeconds(20));
        Assert.Equal(total, counts.Sum());
        Assert.Equal(total, deliveries.All.Count);
        Assert.Equal(total, deliveries.All.Select(d => d.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task The_daily_run_shares_nothing_new_when_nothing_changed_but_an_administrator_can_always_republish()
    {
        var publisher = _host.Services.GetRequiredService<IndicatorPublisher>();

        Assert.Equal(6, await publisher.PublishRecentAsync(_tenant, SnapshotReason.Daily));
        Assert.Equal(0, await publisher.PublishRecentAsync(_tenant, SnapshotReason.Daily));
        Assert.Equal(6, await publisher.PublishRecentAsync(_tenant, SnapshotReason.Administrator));
    }

    [Fact]
    public async Task A_backfill_covers_every_month_quarter_and_year_and_reports_each_year()
    {
        var publisher = _host.Services.GetRequiredService<IndicatorPublisher>();
        var steps = new List<BackfillProgress>();

        var written = await publisher.BackfillAsync(_tenant, 2020, SnapshotReason.Backfill, new SynchronousProgress(steps.Add));

        var years = steps.Count;
        Assert.Equal(["2020-21", "2021-22", "2022-23"], steps.Take(3).Select(s => s.Year));
        Assert.Equal(written, steps[^1].Snapshots);
        Assert.True(written > (years - 1) * 17, $"{written} snapshots for {years} years");
        Assert.Equal(written, await Read(db => db.SharedSnapshots.CountAsync()));
    }

    private sealed class SynchronousProgress(Action<BackfillProgress> report) : IProgress<BackfillProgress>
    {
        public void Report(BackfillProgress value) => report(value);
    }
}
