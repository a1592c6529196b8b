using System.Diagnostics;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Outbox;

/// <summary>
/// The outbox against a real RabbitMQ (the node ./scripts/test.sh starts): snapshots written while the broker is
/// down wait, with their failed attempts counted, and once it is back every one arrives exactly once.
/// </summary>
[Collection(RabbitMqGroup.Name)]
[Trait("Needs", "Broker")]
public sealed class RabbitMqOutboxTests : IAsyncLifetime
{
    private readonly MetricsTestHost _host = new(
        bus =>
        {
            bus.AddConsumer<RecordingConsumer>().Endpoint(e => e.Name = $"outbox-test-{Guid.NewGuid():N}");
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var address = RabbitMqGroup.Address;
                rabbit.Host(address.Host, (ushort)address.Port, "/", h =>
                {
                    h.Username("guest");
                    h.Password("guest");
                    h.PublisherConfirmation = true;
                });
                rabbit.ConfigureEndpoints(context);
            });
        },
        new Dictionary<string, string?> { ["Metrics:Outbox:MaxBackoffSeconds"] = "1", ["Metrics:Outbox:PublishTimeoutSeconds"] = "2" });

    private TenantInfo _tenant = null!;

    public async Task InitializeAsync()
    {
        await _host.Services.GetRequiredService<IBusControl>().StartAsync();
        _tenant = await _host.ProvisionedAsync("lincolnshire");
    }

    public async Task DisposeAsync()
    {
        await RabbitMqGroup.StartBrokerAsync();
        await _host.Services.GetRequiredService<IBusControl>().StopAsync();
        await _host.DisposeAsync();
    }

    private Task<T> Read<T>(Func<MetricsDbContext, Task<T>> read) => _host.As(_tenant, sp => read(sp.GetRequiredService<MetricsDbContext>()));

    [Fact]
    public async Task Snapshots_written_while_the_broker_is_down_arrive_exactly_once_when_it_is_back()
    {
        var relay = _host.Services.GetRequiredService<OutboxRelay>();
        await RabbitMqGroup.StopBrokerAsync();
        var written = await _host.Services.GetRequiredService<IndicatorPublisher>().PublishRecentAsync(_tenant, SnapshotReason.Operator);

        Assert.Equal(0, await relay.RelayAsync(_tenant, CancellationToken.None));
        var waiting = await Read(db => db.Outbox.Where(m => m.SentAt == null).ToListAsync());
        Assert.Equal(written, waiting.Count);
        Assert.Contains(waiting, m => m.Attempts > 0 && m.LastFailure is not null);

        await RabbitMqGroup.StartBrokerAsync();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (sent < written && clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(500);
            sent += await relay.RelayAsync(_tenant, CancellationToken.None);
        }

        var deliveries = _host.Services.GetRequiredService<Deliveries>();
        await deliveries.WaitForAsync(written, TimeSpan.FromSeconds(30));
        await Task.Delay(1000);
        Assert.Equal(written, sent);
        Assert.Equal(written, deliveries.All.Count);
        Assert.Equal(waiting.Select(m => m.Id).Order(), deliveries.All.Select(d => d.MessageId).Order());
        Assert.Equal(0, await Read(db => db.Outbox.CountAsync(m => m.SentAt == null)));
    }
}
