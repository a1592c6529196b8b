using System.Diagnostics;
using System.Reflection;

namespace Consortium.Infrastructure.Tests;

/// <summary>What one run of the Bicep CLI printed.</summary>
public sealed record BicepRun(int ExitCode, string Output)
{
    /// <summary>Diagnostics are printed as "file(line,col) : Error|Warning code: message".</summary>
    public IReadOnlyList<string> Diagnostics => Output
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(l => l.Contains(" : Error ", StringComparison.Ordinal) || l.Contains(" : Warning ", StringComparison.Ordinal))
        .ToList();
}

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (a native executable in its tools folder),
/// located through the package folder MSBuild recorded at build time. Runs offline.
/// </summary>
public static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    public static BicepRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry, and no attempt to reach a registry or the internet from a test.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bicep " + string.Join(' ', arguments) + " took more than 3 minutes");
        }

        return new BicepRun(process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string Locate()
    {
        var folder = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPackageFolder")?.Value;
        if (string.IsNullOrEmpty(folder))
        {
            throw new InvalidOperationException("The build did not record the Azure.Bicep.CommandLine.linux-x64 package folder.");
        }

        var path = Path.Combine(folder, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI is not in its package (restore the solution first)", path);
        }

        // NuGet extracts without the executable bit on some hosts.
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }

        return path;
    }
}
