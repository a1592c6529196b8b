using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Synthetic;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Benchmarks;

// Load harness for the casework pages on a Norfolk-sized synthetic database (SQLite):
//   dotnet run -c Release --project tests/Consortium.Benchmarks [-- --requests 2000 --concurrency 32 --data /tmp/dir]
// Seeds about 6,000 referrals a year for 10 years (unless the data folder already has them), signs in as the
// development practitioner through the real OpenID Connect flow, then measures three targets at the given
// concurrency: the child's case page, the 25-case caseload page, and a bare endpoint doing the single read.
internal static class LoadHarness
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "hub")
        {
            return await HubComparisonBenchmark.RunAsync(args);
        }

        if (args.FirstOrDefault() == "latency")
        {
            return await DeliveryLatencyBenchmark.RunAsync(args);
        }

        if (args.FirstOrDefault() == "sharing")
        {
            return await SharingBenchmark.RunAsync(args);
        }

        if (args.FirstOrDefault() == "england")
        {
            return await England.EnglandScaleBenchmark.RunAsync(args);
        }

        if (args.FirstOrDefault() == "quality")
        {
            return await QualityBenchmark.RunAsync(args);
        }

        if (args.FirstOrDefault() == "scrutiny")
        {
            return await ScrutinyBenchmark.RunAsync(args);
        }

        if (args.FirstOrDefault() == "census")
        {
            return await CensusBenchmark.RunAsync(args);
        }

        if (args.FirstOrDefault() == "indicators")
        {
            return await IndicatorBenchmark.RunAsync(args);
        }

        var requests = Option("--requests", 2000);
        var concurrency = Option("--concurrency", 32);
        var dataDirectory = OptionText("--data") ?? NorfolkData.DefaultDirectory;
        Directory.CreateDirectory(dataDirectory);

        using var host = new BenchmarkHost(dataDirectory);
        host.Start();
        var norfolk = await NorfolkData.EnsureSeededAsync(host, dataDirectory);

        var baseUrl = $"http://norfolk.localhost:{host.Port}";
        using var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = concurrency, ConnectCallback = LoopbackConnect };
        using var client = new HttpClient(handler);
        var signedIn = await SignInFlow.Run(client, new Uri($"{baseUrl}/caseload"), "practitioner@norfolk", "consortium-demo");
        var caseload = await signedIn.Content.ReadAsStringAsync();
        var cases = Regex.Matches(caseload, "href=\"/cases/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Console.WriteLine($"Signed in; the practitioner's caseload page lists {cases.Length} cases");

        var results = new List<string>
        {
            "| target | requests | concurrency | median server ms | p99 server ms | requests/s |",
            "|---|---|---|---|---|---|",
            await Measure("case page", i => $"{baseUrl}/cases/{cases[i % cases.Length]}"),
            await Measure("caseload page (25 cases)", _ => $"{baseUrl}/caseload"),
            await Measure("bare single read", i => $"{baseUrl}/bench/bare/{cases[i % cases.Length]}"),
        };
        var report = string.Join(Environment.NewLine, results);
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "benchmarks.md"), report + Environment.NewLine);
        return 0;

        async Task<string> Measure(string name, Func<int, string> url)
        {
            for (var i = 0; i < 50; i++)
            {
                (await client.GetAsync(new Uri(url(i)))).EnsureSuccessStatusCode();
            }

            var server = new double[requests];
            var next = -1;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    using var response = await client.GetAsync(new Uri(url(i)));
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsByteArrayAsync();
                    var timing = response.Headers.GetValues("Server-Timing").First();
                    server[i] = double.Parse(timing[(timing.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
                }
            }));
            var seconds = wall.Elapsed.TotalSeconds;
            Array.Sort(server);
            return string.Create(CultureInfo.InvariantCulture, $"| {name} | {requests} | {concurrency} | {server[requests / 2]:F2} | {server[(int)(requests * 0.99)]:F2} | {requests / seconds:F0} |");
        }

        int Option(string name, int fallback) => OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        string? OptionText(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

        // *.localhost is loopback for browsers; .NET's resolver here does not know it, so connect to 127.0.0.1 directly.
        static async ValueTask<Stream> LoopbackConnect(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(System.Net.IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        }
    }
}
