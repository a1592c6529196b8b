using System.Diagnostics;
using System.Globalization;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Web.Tests;
using Microsoft.Data.Sqlite;

namespace Consortium.Benchmarks;

// The hub's comparison page for every authority in England (the ten members and 143 synthetic ones, configured through
// Hub:Authorities, spread over England's nine regions, each with ten synthetic statistical neighbours by name), 10
// reporting years with their quarters and months, the whole catalogue, written straight into the hub database:
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- hub [--requests 1000 --concurrency 4 --data /tmp/dir]
// Signs in as the development consortium lead through the real OpenID Connect flow and measures the comparison page
// (default period, a chosen year, a month), an authority's monthly trend, a member's 13-year trend and the members' trends. Results go to artifacts/hub-benchmarks.md.
internal static class HubComparisonBenchmark
{
    private const int SyntheticAuthorities = 143;
    private const int Years = 10;
    private const int FirstYear = 2015;

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Option(args, "--requests", 1000);
        var concurrency = Option(args, "--concurrency", 4);
        var dataDirectory = OptionText(args, "--data") ?? Path.Combine(Path.GetTempPath(), "consortium-hub-benchmark");
        Directory.CreateDirectory(dataDirectory);
        for (var i = 0; i < SyntheticAuthorities; i++)
        {
            var prefix = $"Hub__Authorities__{i}__";
            Environment.SetEnvironmentVariable(prefix + "Code", SyntheticCode(i));
            Environment.SetEnvironmentVariable(prefix + "Name", SyntheticName(i));
            Environment.SetEnvironmentVariable(prefix + "OldLaCode", (900 + (i % 99)).ToString(CultureInfo.InvariantCulture));
            Environment.SetEnvironmentVariable(prefix + "RegionCode", $"E1200000{1 + (i % Regions.Length)}");
            Environment.SetEnvironmentVariable(prefix + "RegionName", Regions[i % Regions.Length]);
            for (var n = 0; n < 10; n++)
            {
                Environment.SetEnvironmentVariable(prefix + $"StatisticalNeighbours__{n}", SyntheticName((i + (n * 7) + 1) % SyntheticAuthorities));
            }

            Environment.SetEnvironmentVariable(prefix + "Children", (40_000 + (i * 997 % 150_000)).ToString(CultureInfo.InvariantCulture));
        }

        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var marker = Path.Combine(dataDirectory, "seeded-hub");
        if (!File.Exists(marker))
        {
            var clock = Stopwatch.StartNew();
            var rows = await WriteSyntheticValuesAsync(Path.Combine(dataDirectory, "hub.db"));
            await File.WriteAllTextAsync(marker, rows.ToString(CultureInfo.InvariantCulture));
            Console.WriteLine($"Wrote {rows:N0} indicator values for 153 authorities in {clock.Elapsed.TotalSeconds:F1} s");
        }

        var hub = $"http://hub.localhost:{host.Port}";
        using var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = concurrency, ConnectCallback = LoopbackConnect };
        using var client = new HttpClient(handler);
        var signedIn = await SignInFlow.Run(client, new Uri($"{hub}/me"), "lead@hub", "consortium-demo");
        signedIn.EnsureSuccessStatusCode();

        var results = new List<string>
        {
            $"Hub comparison, 153 authorities x {Years} reporting years (with quarters and months) x {IndicatorCatalogue.All.Count} indicators, SQLite",
            "",
            "| target | requests | concurrency | median server ms | p99 server ms | median client ms | requests/s | page KB |",
            "|---|---|---|---|---|---|---|---|",
            await Measure("comparison, default period (REREF12)", _ => $"{hub}/compare?indicator=REREF12"),
            await Measure("comparison, a year, rotating indicators", i => $"{hub}/compare?indicator={IndicatorCatalogue.All[i % IndicatorCatalogue.All.Count].Code}&period=2020-21"),
            await Measure("comparison, a month (REF)", _ => $"{hub}/compare?indicator=REF&period=2024-07"),
            await Measure("authority view, monthly trend", i => $"{hub}/authorities/{SyntheticCode(i % SyntheticAuthorities)}?indicator=ASMT45&kind=Month"),
            await Measure("authority view, a member's 13-year trend by month (REREF12)", i => $"{hub}/authorities/{Members[i % Members.Length]}?indicator=REREF12&kind=Month"),
            await Measure("trends, the ten members by month (REF)", _ => $"{hub}/trends?indicator=REF&kind=Month"),
        };
        var report = string.Join(Environment.NewLine, results);
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "hub-benchmarks.md"), report + Environment.NewLine);
        return 0;

        async Task<string> Measure(string name, Func<int, string> url)
        {
            for (var i = 0; i < 30; i++)
            {
                (await client.GetAsync(new Uri(url(i)))).EnsureSuccessStatusCode();
            }

            var server = new double[requests];
            var clientMs = new double[requests];
            long bytes = 0;
            var next = -1;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(new Uri(url(i)));
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{url(i)} answered {(int)response.StatusCode}");
                    }

                    var body = await response.Content.ReadAsByteArrayAsync();
                    clientMs[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    Interlocked.Add(ref bytes, body.Length);
                    var timing = response.Headers.GetValues("Server-Timing").First();
                    server[i] = double.Parse(timing[(timing.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
                }
            }));
            var seconds = wall.Elapsed.TotalSeconds;
            Array.Sort(server);
            Array.Sort(clientMs);
            return string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {requests} | {concurrency} | {server[requests / 2]:F2} | {server[(int)(requests * 0.99)]:F2} | {clientMs[requests / 2]:F2} | {requests / seconds:F0} | {bytes / requests / 1024} |");
        }
    }

    private static readonly string[] Members = ["E09000005", "E06000023", "E10000018", "E10000019", "E10000020", "E10000029", "E09000030", "E08000036", "E10000032", "E06000041"];

    private static readonly string[] Regions =
    [
        "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands", "East of England", "London", "South East", "South West",
    ];

    private static string SyntheticCode(int i) => $"E9900{i:0000}";

    private static string SyntheticName(int i) => $"Synthetic authority {i + 1:000}";

    /// <summary>Every authority, period and indicator, as the hub's ingestor would have stored them, in one transaction.</summary>
    private static async Task<long> WriteSyntheticValuesAsync(string hubDatabase)
    {
        var codes = new[] { "E09000005", "E06000023", "E10000018", "E10000019", "E10000020", "E10000029", "E09000030", "E08000036", "E10000032", "E06000041" }
            .Concat(Enumerable.Range(0, SyntheticAuthorities).Select(SyntheticCode))
            .ToList();
        var periods = new List<ReportingPeriod>();
        for (var year = FirstYear; year < FirstYear + Years; year++)
        {
            var reportingYear = ReportingPeriod.Year(year);
            periods.Add(reportingYear);
            for (var m = 0; m < 12; m += 3)
            {
                periods.Add(new ReportingPeriod(PeriodKind.Quarter, reportingYear.Start.AddMonths(m)));
            }

            for (var m = 0; m < 12; m++)
            {
                periods.Add(new ReportingPeriod(PeriodKind.Month, reportingYear.Start.AddMonths(m)));
            }
        }

        await using var connection = new SqliteConnection($"Data Source={hubDatabase}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var value = connection.CreateCommand();
        value.Transaction = transaction;
        value.CommandText = """
            INSERT INTO IndicatorValues (AuthorityCode, PeriodKind, PeriodStart, Indicator, CatalogueVersion, Status, Value, Numerator, Denominator, RatePer10000, LowerQuartile, UpperQuartile, ComputedAt, ReceivedAt)
            VALUES ($a, $k, $s, $i, $v, $st, $val, $num, $den, $rate, $lq, $uq, $at, $at)
            """;
        var p = new[] { "$a", "$k", "$s", "$i", "$v", "$st", "$val", "$num", "$den", "$rate", "$lq", "$uq", "$at" }.ToDictionary(n => n, n => value.Parameters.Add(new SqliteParameter { ParameterName = n }));
        await using var head = connection.CreateCommand();
        head.Transaction = transaction;
        head.CommandText = "INSERT INTO SnapshotHeads (AuthorityCode, PeriodKind, PeriodStart, CatalogueVersion, ComputedAt, ReceivedAt, ValueCount) VALUES ($a, $k, $s, $v, $at, $at, $n)";
        var h = new[] { "$a", "$k", "$s", "$v", "$at", "$n" }.ToDictionary(n => n, n => head.Parameters.Add(new SqliteParameter { ParameterName = n }));
        const string computedAt = "2026-04-02 03:00:00+00:00";
        var random = new Random(153);
        long rows = 0;
        foreach (var code in codes)
        {
            foreach (var period in periods)
            {
                var start = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var scale = period.Kind switch { PeriodKind.ReportingYear => 12, PeriodKind.Quarter => 3, _ => 1 };
                foreach (var indicator in IndicatorCatalogue.All)
                {
                    var (status, number, numerator, denominator, rate, lower, upper) = Synthetic(indicator, scale, random);
                    Set(p["$a"], code); Set(p["$k"], (int)period.Kind); Set(p["$s"], start); Set(p["$i"], (int)indicator.Code); Set(p["$v"], IndicatorCatalogue.Version);
                    Set(p["$st"], (int)status); Set(p["$val"], Text(number)); Set(p["$num"], numerator); Set(p["$den"], denominator);
                    Set(p["$rate"], Text(rate)); Set(p["$lq"], Text(lower)); Set(p["$uq"], Text(upper)); Set(p["$at"], computedAt);
                    await value.ExecuteNonQueryAsync();
                    rows++;
                }

                Set(h["$a"], code); Set(h["$k"], (int)period.Kind); Set(h["$s"], start); Set(h["$v"], IndicatorCatalogue.Version); Set(h["$at"], computedAt); Set(h["$n"], IndicatorCatalogue.All.Count);
                await head.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await using var analyse = connection.CreateCommand();
        analyse.CommandText = "ANALYZE;";
        await analyse.ExecuteNonQueryAsync();
        return rows;

        static void Set(SqliteParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;

        static string? Text(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);
    }

    private static (ValueStatus, decimal?, long?, long?, decimal?, decimal?, decimal?) Synthetic(IndicatorDefinition indicator, int scale, Random random)
    {
        if (random.Next(40) == 0)
        {
            return (ValueStatus.Suppressed, null, null, null, null, null, null);
        }

        switch (indicator.Unit)
        {
            case IndicatorUnit.Count:
                var count = (long)(random.Next(50, 500) * scale);
                return (ValueStatus.Available, count, null, null, Math.Round(count * 10_000m / random.Next(40_000, 190_000), 1), null, null);
            case IndicatorUnit.Percent:
                var denominator = (long)(random.Next(20, 400) * scale);
                var numerator = (long)(denominator * random.NextDouble());
                return (ValueStatus.Available, Math.Round(numerator * 100m / denominator, 1), numerator, denominator, null, null, null);
            default:
                var median = indicator.Unit == IndicatorUnit.MedianPoints ? random.Next(0, 60) / 10m : random.Next(15, 60);
                return (ValueStatus.Available, median, null, null, null, Math.Max(0, median - 2), median + 3);
        }
    }

    private static int Option(string[] args, string name, int fallback) => OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    // *.localhost is loopback for browsers; .NET's resolver here does not know it, so connect to 127.0.0.1 directly.
    private static async ValueTask<Stream> LoopbackConnect(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(System.Net.IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
        return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
    }
}
