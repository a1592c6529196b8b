using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Consortium.Benchmarks.England;

/// <summary>
/// The product as operators run it: the Release build of Consortium.Web in its own process, on a data folder whose
/// databases are already migrated, with the relay's and the readiness monitor's timings logged.
/// </summary>
internal sealed class WebProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private bool _disposed;

    private WebProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public int Id => _process.Id;

    public IEnumerable<string> Lines => _lines;

    public static WebProcess Start(string dataDirectory)
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "Consortium.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Consortium.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is not built; build the benchmarks with -c Release.");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__DataDirectory"] = dataDirectory,
            ["DemoData__SeedOnStartup"] = "false",
            ["Metrics__Schedule__PublishYearsAtStart"] = "0",
            ["Metrics__Outbox__PollSeconds"] = "1",
            ["DevIdentity__Origin"] = $"http://localhost:{port}",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Consortium.Metrics.Outbox.OutboxRelay"] = "Debug",
            ["Logging__LogLevel__Consortium.Practice.Data.Readiness.AuthorityDatabasesMonitor"] = "Debug",
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return new WebProcess(Process.Start(start)!, port);
    }

    /// <summary>Resident memory from /proc: all of it, the anonymous (private) part, and the file-backed part (mapped databases).</summary>
    public (double RssMb, double AnonMb, double FileMb) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Kb(string key) => double.Parse(status.First(l => l.StartsWith(key + ":", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        return (Kb("VmRSS"), Kb("RssAnon"), Kb("RssFile"));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Consortium.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
