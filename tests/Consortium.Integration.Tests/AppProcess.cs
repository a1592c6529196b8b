using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Consortium.Integration.Tests;

/// <summary>
/// The built product (Consortium.Web.dll) as its own operating-system process, with the settings a deployment would
/// give it, its console output kept for the test to read, and a way to kill it without warning.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private readonly Process _process;

    private AppProcess(string name, IReadOnlyDictionary<string, string> settings, IEnumerable<string> arguments)
    {
        Name = name;
        Port = FreePort();
        var start = new ProcessStartInfo("dotnet", [WebAssembly(), .. arguments])
        {
            WorkingDirectory = Path.Combine(Repository.Root, "src", "Consortium.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Urls"] = $"http://127.0.0.1:{Port}";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Port { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    public static async Task<AppProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, TimeSpan? ready = null)
    {
        var app = new AppProcess(name, settings, []);
        await app.WaitUntilLiveAsync(ready ?? TimeSpan.FromSeconds(90));
        return app;
    }

    /// <summary>Starts an operator command (the host's command line, no web server); <see cref="ExitAsync"/> waits for it.</summary>
    public static AppProcess Command(string name, IReadOnlyDictionary<string, string> settings, params string[] arguments) =>
        new(name, settings, arguments);

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> ExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Stops every thread of the process where it is (SIGSTOP), so the test can look at what it holds.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>Lets a paused process carry on (SIGCONT).</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    /// <summary>Ends the process at once, as a crash or an evicted container would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await Task.Yield();
        _process.Dispose();
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped while starting:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{Port}/health/live"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not live within {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
    }

    /// <summary>Completes with the next line the process writes that matches (lines written before the call do not count).</summary>
    public Task<string> NextLineAsync(Func<string, bool> match)
    {
        var next = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(string line)
        {
            if (match(line) && next.TrySetResult(line))
            {
                LineWritten -= Watch;
            }
        }

        LineWritten += Watch;
        return next.Task;
    }

    private event Action<string>? LineWritten;

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            LineWritten?.Invoke(line);
        }
    }

    private static string WebAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(Repository.Root, "src", "Consortium.Web", "bin", configuration, "net10.0", "Consortium.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the solution first: {dll} is missing.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Consortium.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (Consortium.sln) was not found.");
    }
}
