using System.Diagnostics;

namespace Consortium.Integration.Tests;

/// <summary>
/// The authorities' side and the hub as two separate processes of the built product, talking through the RabbitMQ
/// node the test command starts. The authorities' process is killed while its relay is sending and started again:
/// every snapshot shared reaches the hub once, none is lost, none is counted twice, and nothing the hub holds, no
/// message sent and no line either process logged names a child.
/// </summary>
public sealed class TwoProcessTests : IDisposable
{
    private readonly string _tenantData = Directory.CreateTempSubdirectory("consortium-tenant-process-").FullName;
    private readonly string _hubData = Directory.CreateTempSubdirectory("consortium-hub-process-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_tenantData, recursive: true);
        Directory.Delete(_hubData, recursive: true);
    }

    private static Dictionary<string, string> Settings(string role, string data, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>(Broker.Settings)
        {
            ["Consortium__Roles"] = role,
            ["Database__DataDirectory"] = data,
            ["Metrics__Outbox__PollSeconds"] = "0.5",
            ["Metrics__Outbox__MaxBackoffSeconds"] = "2",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private string HubDatabase => Path.Combine(_hubData, "hub.db");

    private string[] TenantDatabases => Directory.GetFiles(Path.Combine(_tenantData, "tenants"), "*.db");

    private long SharedAtAuthorities() => TenantDatabases.Sum(db => Sqlite.Scalar(db, "SELECT COUNT(*) FROM SharedSnapshots"));

    private long WaitingAtAuthorities() => TenantDatabases.Sum(db => Sqlite.Scalar(db, "SELECT COUNT(*) FROM OutboxMessages WHERE SentAt IS NULL"));

    private long HeldAtHub() => Sqlite.Scalar(HubDatabase, "SELECT COUNT(*) FROM SnapshotHeads");

    [Fact]
    public async Task Killed_mid_send_and_restarted_every_snapshot_reaches_the_hub_once_and_no_child_is_named_there()
    {
        await NamedChildren.RecordAsync(_tenantData, "wokingham");
        await using var hub = await AppProcess.StartAsync("hub", Settings("Hub", _hubData));

        // First the authorities compute ten years of snapshots into their outboxes, with the relay held back.
        string writingOutput;
        await using (var writing = await AppProcess.StartAsync("authorities writing", Settings("Tenant", _tenantData,
            ("Metrics__Schedule__PublishYearsAtStart", "10"), ("Metrics__Outbox__RelayEnabled", "false")), TimeSpan.FromSeconds(180)))
        {
            await Until(() => SharedAtAuthorities() > 1000 && WaitingAtAuthorities() == SharedAtAuthorities(), TimeSpan.FromSeconds(300),
                () => $"ten years of snapshots in the outboxes (shared {SharedAtAuthorities()})", steadyFor: TimeSpan.FromSeconds(3));
            writing.Kill();
            writingOutput = writing.Output;
        }

        // Then the relay starts sending and the process is killed while it is at it.
        var sending = Settings("Tenant", _tenantData);
        var tenants = await AppProcess.StartAsync("authorities sending", sending, TimeSpan.FromSeconds(180));
        await Until(() => HeldAtHub() >= 50, TimeSpan.FromSeconds(120), () => "the hub to hold 50 snapshots", poll: TimeSpan.FromMilliseconds(20));
        tenants.Kill();
        var output = tenants.Output;
        await tenants.DisposeAsync();
        var waitingAtKill = WaitingAtAuthorities();

        await using var restarted = await AppProcess.StartAsync("authorities again", sending, TimeSpan.FromSeconds(180));
        await Until(() => WaitingAtAuthorities() == 0 && HeldAtHub() == SharedAtAuthorities(), TimeSpan.FromSeconds(300),
            () => $"every outbox to be sent and held (waiting {WaitingAtAuthorities()}, shared {SharedAtAuthorities()}, held {HeldAtHub()})", steadyFor: TimeSpan.FromSeconds(3));

        var shared = SharedAtAuthorities();
        Assert.True(waitingAtKill > 0, "the process was killed with messages still to send");
        Assert.Equal(shared, HeldAtHub());
        Assert.Equal(shared * 20, Sqlite.Scalar(HubDatabase, "SELECT COUNT(*) FROM IndicatorValues"));
        Assert.Equal(0, Sqlite.Scalar(HubDatabase,
            "SELECT COUNT(*) FROM (SELECT 1 FROM IndicatorValues GROUP BY AuthorityCode, PeriodKind, PeriodStart, Indicator, CatalogueVersion HAVING COUNT(*) > 1)"));
        Assert.Equal(10, Sqlite.Scalar(HubDatabase, "SELECT COUNT(DISTINCT AuthorityCode) FROM SnapshotHeads"));

        var wokingham = TenantDatabases.Single(f => f.EndsWith("wokingham.db", StringComparison.Ordinal));
        var recorded = Sqlite.EverythingIn(wokingham);
        var atHub = Sqlite.EverythingIn(HubDatabase);
        var messages = TenantDatabases.SelectMany(db => Sqlite.Strings(db, "SELECT Body FROM OutboxMessages")).ToList();
        var logs = string.Join('\n', writingOutput, output, restarted.Output, hub.Output);
        foreach (var name in NamedChildren.Names)
        {
            foreach (var part in name.Split(' '))
            {
                Assert.Contains(recorded, value => value.Contains(part, StringComparison.Ordinal));
                Assert.DoesNotContain(atHub, value => value.Contains(part, StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(messages, body => body.Contains(part, StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(part, logs, StringComparison.OrdinalIgnoreCase);
            }
        }

        foreach (var file in Directory.GetFiles(_hubData, "hub.db*"))
        {
            var bytes = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("Quillfeather", bytes, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Waits until the condition holds (for <paramref name="steadyFor"/> without a break, when given).</summary>
    private static async Task Until(Func<bool> condition, TimeSpan timeout, Func<string> what, TimeSpan? steadyFor = null, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        var heldSince = (TimeSpan?)null;
        while (true)
        {
            if (condition())
            {
                heldSince ??= clock.Elapsed;
                if (clock.Elapsed - heldSince >= (steadyFor ?? TimeSpan.Zero))
                {
                    return;
                }
            }
            else
            {
                heldSince = null;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what()}.");
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(250));
        }
    }
}
