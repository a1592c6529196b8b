using System.CommandLine;

namespace Consortium.Web.Operations;

/// <summary>
/// Operator commands run by the same host as the web app:
/// <c>dotnet run --project src/Consortium.Web -- tenants list</c>. They use the deployment's configuration
/// and services but start no web server.
/// </summary>
public static class OperatorCommandLine
{
    private static readonly string[] Verbs = ["tenants", "migrate", "policy", "seed", "indicators"];

    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>Commands print their own progress; the host's information logs would only interleave with it.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var console = new OperatorConsole(output, error);
        var root = new RootCommand("Consortium operator commands")
        {
            TenantCommands.Create(services, console),
            MigrateCommand.Create(services, console),
            PolicyCommands.Create(services, console),
            SeedCommand.Create(services, console),
            IndicatorCommands.Create(services, console),
        };
        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}

/// <summary>Where a command writes: results to output, problems to error.</summary>
public sealed record OperatorConsole(TextWriter Out, TextWriter Error);
