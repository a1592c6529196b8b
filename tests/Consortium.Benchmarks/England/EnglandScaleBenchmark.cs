using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Consortium.Web.Tests;

namespace Consortium.Benchmarks.England;

// One deployment serving England: the same measures with the consortium's ten authorities and with 153.
//   dotnet run -c Release --project tests/Consortium.Benchmarks -- england [--authorities 153] [--starts 3] [--probes 500] [--requests 2000] [--concurrency 32]
// Each figure comes from the Release build in its own process (as deployed): cold start to /health/ready with the
// databases already migrated; the readiness probe's time; resident memory after every authority has been asked
// for a page (their options, sign-in schemes and provider metadata made); the outbox relay's idle pass over every
// authority; the Norfolk practitioner's case page and caseload at 32 connections; then, in process on a throwaway
// copy, the scheduler's daily run over every authority.
internal static partial class EnglandScaleBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var authorities = Option(args, "--authorities", 153);
        var (ten, england) = await EnglandFolders.EnsureAsync(authorities);
        var small = await MeasureAsync("10 authorities", ten, args);
        var large = await MeasureAsync($"{authorities} authorities", england, args);

        var rows = new List<string>
        {
            $"| measure | 10 authorities | {authorities} authorities | target at {authorities} |",
            "|---|---|---|---|",
        };
        foreach (var (name, target) in Targets)
        {
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {small[name]:0.##} | {large[name]:0.##} | {target} |"));
        }

        var report = string.Join(Environment.NewLine, rows);
        Console.WriteLine(report);
        Directory.CreateDirectory("artifacts");
        await File.WriteAllTextAsync(Path.Combine("artifacts", "england-benchmark.md"), report + Environment.NewLine);
        return 0;
    }

    private static readonly (string Name, string Target)[] Targets =
    [
        ("cold start to ready, median s", "< 60"),
        ("first check of every authority's database, ms", ""),
        ("readiness probe, median ms", "< 50"),
        ("readiness probe, p95 ms", "< 50"),
        ("resident memory after every authority's sign-in page, MB", ""),
        ("of which private (anonymous), MB", "< 1024"),
        ("of which mapped files (databases), MB", ""),
        ("relay idle pass over every authority, median ms", "< 1000"),
        ("case page at 32 connections, median ms", "within 20%"),
        ("case page at 32 connections, p99 ms", ""),
        ("caseload at 32 connections, median ms", "within 20%"),
        ("caseload at 32 connections, p99 ms", ""),
        ("private memory after the page load, MB", "< 1024"),
        ("scheduler's daily run over every authority, s", ""),
    ];

    private static async Task<Dictionary<string, double>> MeasureAsync(string label, string folder, string[] args)
    {
        Console.WriteLine($"{label}: {folder}");
        var result = new Dictionary<string, double>();
        var starts = new List<double>();
        var runs = Option(args, "--starts", 3);
        for (var run = 1; ; run++)
        {
            var app = WebProcess.Start(folder);
            try
            {
                using var client = Client(64);
                var clock = Stopwatch.StartNew();
                await UntilOk(client, $"http://localhost:{app.Port}/health/ready", app);
                starts.Add(clock.Elapsed.TotalSeconds);
                Console.WriteLine($"  start {run}: ready in {starts[^1]:F1} s");
                if (run < runs)
                {
                    continue;
                }

                result["cold start to ready, median s"] = Median(starts);
                result["first check of every authority's database, ms"] = Numbers(app, ChecksLine()).First();
                await MeasureReadiness(client, app, Option(args, "--probes", 500), result);
                await WarmEveryAuthority(client, app, folder);
                var (rss, anon, file) = app.Memory();
                result["resident memory after every authority's sign-in page, MB"] = rss;
                result["of which private (anonymous), MB"] = anon;
                result["of which mapped files (databases), MB"] = file;
                result["relay idle pass over every authority, median ms"] = await RelayIdlePass(app);
                await MeasurePages(app, Option(args, "--requests", 2000), Option(args, "--concurrency", 32), result);
                result["private memory after the page load, MB"] = app.Memory().AnonMb;
                app.Dispose();
                var (seconds, snapshots) = await SchedulerRun.MeasureAsync(folder);
                result["scheduler's daily run over every authority, s"] = seconds;
                Console.WriteLine($"  the daily run wrote {snapshots} snapshots in {seconds:F1} s");
                return result;
            }
            finally
            {
                app.Dispose();
            }
        }
    }

    private static async Task MeasureReadiness(HttpClient client, WebProcess app, int probes, Dictionary<string, double> result)
    {
        var times = new List<double>();
        for (var i = 0; i < probes; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri($"http://localhost:{app.Port}/health/ready"));
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        result["readiness probe, median ms"] = Median(times);
        result["readiness probe, p95 ms"] = Percentile(times, 0.95);
    }

    /// <summary>Each authority's caseload, unsigned: the redirect to its own provider makes its options, scheme and metadata.</summary>
    private static async Task WarmEveryAuthority(HttpClient client, WebProcess app, string folder)
    {
        var slugs = Directory.EnumerateFiles(Path.Combine(folder, "tenants"), "*.db").Select(Path.GetFileNameWithoutExtension).ToList();
        await Parallel.ForEachAsync(slugs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (slug, ct) =>
        {
            var url = new Uri($"http://{slug}.localhost:{app.Port}/caseload");
            for (var hop = 0; hop < 3; hop++)
            {
                using var response = await client.GetAsync(url, ct);
                if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
                {
                    break;
                }

                var next = new Uri(url, response.Headers.Location!);
                if (next.Host != url.Host || next.Port != url.Port)
                {
                    break;
                }

                url = next;
            }
        });
        Console.WriteLine($"  asked {slugs.Count} authorities for a page");
    }

    private static async Task<double> RelayIdlePass(WebProcess app)
    {
        var seen = Numbers(app, RelayLine()).Count();
        for (var i = 0; i < 300 && Numbers(app, RelayLine()).Count() < seen + 10; i++)
        {
            await Task.Delay(100);
        }

        return Median([.. Numbers(app, RelayLine()).Skip(seen)]);
    }

    private static async Task MeasurePages(WebProcess app, int requests, int concurrency, Dictionary<string, double> result)
    {
        var baseUrl = $"http://norfolk.localhost:{app.Port}";
        using var client = Client(concurrency);
        var signedIn = await SignInFlow.Run(client, new Uri($"{baseUrl}/caseload"), "practitioner@norfolk", "consortium-demo");
        var caseload = await signedIn.Content.ReadAsStringAsync();
        var cases = Regex.Matches(caseload, "href=\"/cases/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        if (cases.Length == 0)
        {
            throw new InvalidOperationException("The Norfolk practitioner's caseload lists no cases.");
        }

        var casePage = await Load(client, i => $"{baseUrl}/cases/{cases[i % cases.Length]}", requests, concurrency);
        result["case page at 32 connections, median ms"] = Median(casePage);
        result["case page at 32 connections, p99 ms"] = Percentile(casePage, 0.99);
        var caseloadPage = await Load(client, _ => $"{baseUrl}/caseload", requests, concurrency);
        result["caseload at 32 connections, median ms"] = Median(caseloadPage);
        result["caseload at 32 connections, p99 ms"] = Percentile(caseloadPage, 0.99);
    }

    /// <summary>Each request's time as the client sees it (the process serving it is not ours to instrument).</summary>
    private static async Task<List<double>> Load(HttpClient client, Func<int, string> url, int requests, int concurrency)
    {
        for (var i = 0; i < 50; i++)
        {
            (await client.GetAsync(new Uri(url(i)))).EnsureSuccessStatusCode();
        }

        var times = new double[requests];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(url(i)));
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                times[i] = clock.Elapsed.TotalMilliseconds;
            }
        }));
        return [.. times];
    }

    private static async Task UntilOk(HttpClient client, string url, WebProcess app)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var response = await client.GetAsync(new Uri(url));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"{url} was not ready in 5 minutes:{Environment.NewLine}{string.Join(Environment.NewLine, app.Lines.TakeLast(30))}");
    }

    private static IEnumerable<double> Numbers(WebProcess app, Regex line) =>
        app.Lines.Select(l => line.Match(l)).Where(m => m.Success).Select(m => double.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture));

    private static HttpClient Client(int connections) => new(new SocketsHttpHandler
    {
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = connections,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        },
    });

    private static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    private static double Percentile(IReadOnlyList<double> values, double share)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    [GeneratedRegex(@"Outbox relay pass: \d+ authorities, 0 sent, (?<ms>[0-9.]+) ms", RegexOptions.CultureInvariant)]
    private static partial Regex RelayLine();

    [GeneratedRegex(@"Authority databases checked: \d+ authorities, \d+ not ready, in (?<ms>[0-9.]+) ms", RegexOptions.CultureInvariant)]
    private static partial Regex ChecksLine();
}
