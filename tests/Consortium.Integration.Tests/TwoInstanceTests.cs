using System.Text.Json;
using System.Text.RegularExpressions;
using Consortium.Contracts.Catalogue;
using Xunit.Abstractions;

namespace Consortium.Integration.Tests;

/// <summary>
/// Two instances of the authorities' role (two processes of the built product) on the same data folder, as a
/// deployment scaled out to two would be, with a hub, through the RabbitMQ node the test command starts. Each
/// authority's publish at start is done by one of them while both relays send; an operator backfills while both
/// run; one instance is killed while it holds a batch and the other finishes it once the lease expires. Every
/// message is marked sent once, every snapshot is held at the hub once with the values the authority shared, and
/// no process logs a child's name.
/// </summary>
[Collection(BrokerGroup.Name)]
[Trait("Needs", "Broker")]
public sealed partial class TwoInstanceTests(ITestOutputHelper log) : IDisposable
{
    private readonly Deployment _deployment = new();
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    private void Step(string what) => log.WriteLine($"{_clock.Elapsed.TotalSeconds,6:F1} s  {what}");

    public void Dispose() => _deployment.Dispose();

    private static readonly (string, string)[] Data = [("DemoData__HistoryYears", "1"), ("DemoData__VolumeFraction", "0.03"), ("Metrics__Schedule__PublishYearsAtStart", "0")];

    /// <summary>An instance of the authorities' role with a short outbox lease and each batch it leases and sends logged.</summary>
    private Task<AppProcess> Instance(string name) => AppProcess.StartAsync(name, _deployment.Tenant(
        ("Metrics__Schedule__PublishYearsAtStart", "2"),
        ("Metrics__Outbox__LeaseSeconds", "4"),
        ("Metrics__Outbox__PublishTimeoutSeconds", "1"),
        ("Logging__LogLevel__Consortium.Metrics.Outbox.OutboxRelay", "Debug")), TimeSpan.FromSeconds(180));

    [Fact]
    public async Task Two_instances_share_the_outbox_and_when_one_is_killed_holding_a_batch_the_other_sends_it_each_snapshot_held_once()
    {
        var d = _deployment;
        await NamedChildren.RecordAsync(d.TenantData, "wokingham");
        await Broker.PurgeHubQueueAsync();

        // The demo data first (a small history: enough for counts above the suppression threshold), with nothing
        // shared, so the test can instrument the databases before any instance sends.
        var hubStarting = AppProcess.StartAsync("hub", d.Hub());
        await using (var preparing = await AppProcess.StartAsync("preparing", d.Tenant([.. Data, ("Metrics__Outbox__RelayEnabled", "false")]), TimeSpan.FromSeconds(180)))
        {
            preparing.Kill();
        }

        foreach (var database in d.TenantDatabases)
        {
            SentMarks.Install(database);
        }

        await using var hub = await hubStarting;
        Step("demo data written, hub live");

        // Both instances start together: each authority's publish at start is done by whichever takes its lease first.
        var starting = new[] { Instance("first instance"), Instance("second instance") };
        await Task.WhenAll(starting);
        await using var first = await starting[0];
        await using var second = await starting[1];
        await Wait.Until(PublishedAtStartEverywhere(d), TimeSpan.FromSeconds(120), () => "every authority's publish at start", steadyFor: TimeSpan.FromSeconds(3));
        Step($"both instances live, every publish at start done ({d.SharedAtAuthorities()} snapshots; first instance published at start for {StartPublishes(first.Output)} authorities, second for {StartPublishes(second.Output)})");

        var fromYear = (DateTime.UtcNow.Month >= 4 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1) - 1;
        // The operator command leaves sending to the instances, so their relays (not the command's) carry the backfill.
        await using var backfill = AppProcess.Command("operator backfill", d.Tenant(("Metrics__Outbox__RelayEnabled", "false")), "indicators", "backfill", "--from", $"{fromYear}");
        var (lease, held) = await KillWhileHoldingABatchAsync(first, d);
        var firstOutput = first.Output;
        Step($"first instance killed holding {held.Values.Sum(ids => ids.Count)} unsent messages of batch {lease}");
        Assert.True(await backfill.ExitAsync(TimeSpan.FromSeconds(180)) == 0, backfill.Output);
        await Wait.Until(() => d.WaitingAtAuthorities() == 0 && d.HeldAtHub() == SharedKeys(d), TimeSpan.FromSeconds(120),
            () => $"every outbox sent and held (waiting {d.WaitingAtAuthorities()}, keys {SharedKeys(d)}, held {d.HeldAtHub()})", steadyFor: TimeSpan.FromSeconds(3));
        Step($"all sent: {d.SharedAtAuthorities()} snapshots, {d.HeldAtHub()} held at the hub; marked sent by the first instance {SentBy(firstOutput)}, by the second {SentBy(second.Output)}");

        Assert.True(SentBy(firstOutput) > 0, "the first instance sent some before it was killed");
        Assert.True(SentBy(second.Output) > 0, "the second instance sent some");
        foreach (var database in d.TenantDatabases)
        {
            Assert.Equal(0, SentMarks.MarkedTwice(database));
            Assert.Equal(0, SentMarks.NeverMarked(database));
            Assert.Equal(0, Sqlite.Scalar(database,
                "SELECT COUNT(*) FROM (SELECT 1 FROM SharedSnapshots WHERE Reason = 'DemoStart' GROUP BY PeriodKind, PeriodStart, CatalogueVersion HAVING COUNT(*) > 1)"));
            var leases = SentMarks.LeasesOf(database, held[database]);
            Assert.Equal(held[database].Count, leases.Count);
            Assert.All(leases.Values, taken => Assert.NotEqual(lease, taken, StringComparer.OrdinalIgnoreCase));
        }

        var keys = SharedKeys(d);
        Assert.Equal(keys, d.HeldAtHub());
        Assert.Equal(keys * IndicatorCatalogue.All.Count, Sqlite.Scalar(d.HubDatabase, "SELECT COUNT(*) FROM IndicatorValues"));
        Assert.Equal(0, Sqlite.Scalar(d.HubDatabase,
            "SELECT COUNT(*) FROM (SELECT 1 FROM IndicatorValues GROUP BY AuthorityCode, PeriodKind, PeriodStart, Indicator, CatalogueVersion HAVING COUNT(*) > 1)"));
        Assert.Equal(LatestNumeratorTotal(d), Sqlite.Scalar(d.HubDatabase, "SELECT COALESCE(SUM(Numerator), 0) FROM IndicatorValues"));
        NamedChildren.AssertNamedOnlyWhereRecorded(d, "wokingham", string.Join('\n', firstOutput, second.Output, backfill.Output, hub.Output));
    }

    /// <summary>
    /// Waits for the instance to lease a batch, stops it (SIGSTOP) and, if messages of that batch are still unsent,
    /// kills it (-9) there; otherwise lets it carry on and waits for its next batch. Returns the lease and, for each
    /// authority's database, the messages the instance held unsent when it died.
    /// </summary>
    private static async Task<(string Lease, Dictionary<string, List<string>> Held)> KillWhileHoldingABatchAsync(AppProcess instance, Deployment d)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < until)
        {
            var line = await instance.NextLineAsync(LeasedLine().IsMatch).WaitAsync(until - DateTime.UtcNow);
            await instance.PauseAsync();
            var lease = LeasedLine().Match(line).Groups["lease"].Value;
            var held = d.TenantDatabases.ToDictionary(db => db, db => Sqlite.Strings(db,
                $"SELECT Id FROM OutboxMessages WHERE SentAt IS NULL AND UPPER(LeaseToken) = UPPER('{lease}')"));
            if (held.Values.Any(ids => ids.Count > 0))
            {
                instance.Kill();
                return (lease, held);
            }

            await instance.ResumeAsync();
        }

        throw new TimeoutException($"{instance.Name} never held a batch with messages unsent when stopped.");
    }

    /// <summary>Every authority has snapshots published at start, and no more are coming.</summary>
    private static Func<bool> PublishedAtStartEverywhere(Deployment d)
    {
        var last = -1L;
        return () =>
        {
            var each = d.TenantDatabases.Select(db => Sqlite.Scalar(db, "SELECT COUNT(*) FROM SharedSnapshots WHERE Reason = 'DemoStart'")).ToList();
            var (previous, total) = (last, each.Sum());
            last = total;
            return each.All(count => count > 0) && total == previous;
        };
    }

    /// <summary>The snapshots the authorities shared, counted once per authority, period and catalogue version.</summary>
    private static long SharedKeys(Deployment d) => d.TenantDatabases.Sum(db =>
        Sqlite.Scalar(db, "SELECT COUNT(*) FROM (SELECT DISTINCT PeriodKind, PeriodStart, CatalogueVersion FROM SharedSnapshots)"));

    /// <summary>Every numerator of the latest snapshot each authority shared for each period and version, added up.</summary>
    private static long LatestNumeratorTotal(Deployment d)
    {
        long total = 0;
        foreach (var database in d.TenantDatabases)
        {
            var columns = Sqlite.Strings(database, "SELECT PeriodKind || PeriodStart || CatalogueVersion, Body FROM SharedSnapshots ORDER BY Id");
            var latest = new Dictionary<string, string>();
            for (var i = 0; i + 1 < columns.Count; i += 2)
            {
                latest[columns[i]] = columns[i + 1];
            }

            foreach (var body in latest.Values)
            {
                using var snapshot = JsonDocument.Parse(body);
                total += snapshot.RootElement.GetProperty("values").EnumerateArray()
                    .Sum(v => v.TryGetProperty("numerator", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt64() : 0);
            }
        }

        return total;
    }

    private static int StartPublishes(string output) => Regex.Count(output, "Published indicator snapshots at start for");

    private static int SentBy(string output) => SentLine().Matches(output).Sum(m => int.Parse(m.Groups["sent"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Outbox batch (?<lease>[0-9a-fA-F-]{36}) for \S+: \d+ messages leased")]
    private static partial Regex LeasedLine();

    [GeneratedRegex(@"Outbox batch [0-9a-fA-F-]{36} for \S+: (?<sent>\d+) of \d+ marked sent")]
    private static partial Regex SentLine();
}
