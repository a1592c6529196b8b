using Consortium.Contracts.Catalogue;

namespace Consortium.Integration.Tests;

/// <summary>
/// The authorities' side and the hub as two separate processes of the built product, talking through the RabbitMQ
/// node the test command starts. The authorities' process is killed while its relay is sending and started again:
/// every snapshot shared reaches the hub once, none is lost, none is counted twice, and nothing the hub holds, no
/// message sent and no line either process logged names a child.
/// </summary>
[Collection(BrokerGroup.Name)]
[Trait("Needs", "Broker")]
public sealed class TwoProcessTests : IDisposable
{
    private readonly Deployment _deployment = new();

    public void Dispose() => _deployment.Dispose();

    [Fact]
    public async Task Killed_mid_send_and_restarted_every_snapshot_reaches_the_hub_once_and_no_child_is_named_there()
    {
        var d = _deployment;
        await NamedChildren.RecordAsync(d.TenantData, "wokingham");
        await Broker.PurgeHubQueueAsync();
        await using var hub = await AppProcess.StartAsync("hub", d.Hub());

        // First the authorities compute ten years of snapshots into their outboxes, with the relay held back.
        string writingOutput;
        await using (var writing = await AppProcess.StartAsync("authorities writing", d.Tenant(
            ("Metrics__Schedule__PublishYearsAtStart", "10"), ("Metrics__Outbox__RelayEnabled", "false")), TimeSpan.FromSeconds(180)))
        {
            await Wait.Until(() => d.SharedAtAuthorities() > 1000 && d.WaitingAtAuthorities() == d.SharedAtAuthorities(), TimeSpan.FromSeconds(300),
                () => $"ten years of snapshots in the outboxes (shared {d.SharedAtAuthorities()})", steadyFor: TimeSpan.FromSeconds(3));
            writing.Kill();
            writingOutput = writing.Output;
        }

        // Then the relay starts sending and the process is killed while it is at it.
        var sending = d.Tenant();
        var tenants = await AppProcess.StartAsync("authorities sending", sending, TimeSpan.FromSeconds(180));
        await Wait.Until(() => d.HeldAtHub() >= 50, TimeSpan.FromSeconds(120), () => "the hub to hold 50 snapshots", poll: TimeSpan.FromMilliseconds(20));
        tenants.Kill();
        var output = tenants.Output;
        await tenants.DisposeAsync();
        var waitingAtKill = d.WaitingAtAuthorities();

        await using var restarted = await AppProcess.StartAsync("authorities again", sending, TimeSpan.FromSeconds(180));
        await Wait.Until(() => d.WaitingAtAuthorities() == 0 && d.HeldAtHub() == d.SharedAtAuthorities(), TimeSpan.FromSeconds(300),
            () => $"every outbox to be sent and held (waiting {d.WaitingAtAuthorities()}, shared {d.SharedAtAuthorities()}, held {d.HeldAtHub()})", steadyFor: TimeSpan.FromSeconds(3));

        var shared = d.SharedAtAuthorities();
        Assert.True(waitingAtKill > 0, "the process was killed with messages still to send");
        Assert.Equal(shared, d.HeldAtHub());
        Assert.Equal(shared * IndicatorCatalogue.All.Count, Sqlite.Scalar(d.HubDatabase, "SELECT COUNT(*) FROM IndicatorValues"));
        Assert.Equal(0, Sqlite.Scalar(d.HubDatabase,
            "SELECT COUNT(*) FROM (SELECT 1 FROM IndicatorValues GROUP BY AuthorityCode, PeriodKind, PeriodStart, Indicator, CatalogueVersion HAVING COUNT(*) > 1)"));
        Assert.Equal(10, Sqlite.Scalar(d.HubDatabase, "SELECT COUNT(DISTINCT AuthorityCode) FROM SnapshotHeads"));
        NamedChildren.AssertNamedOnlyWhereRecorded(d, "wokingham", string.Join('\n', writingOutput, output, restarted.Output, hub.Output));
    }
}
