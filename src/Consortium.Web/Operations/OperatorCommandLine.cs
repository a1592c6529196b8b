using System.CommandLine;
using Consortium.Synthetic;
using Consortium.Web.Hosting;

namespace Consortium.Web.Operations;

/// <summary>
/// Operator commands run by the same host as the web app:
/// <c>dotnet run --project src/Consortium.Web -- tenants list</c>. They use the deployment's configuration
/// and services but start no web server. A process has the commands of the roles it runs (Consortium:Roles): only
/// <c>migrate</c> and <c>published</c> where it runs only the hub; <c>seed</c> only where it has synthetic data.
/// </summary>
public static class OperatorCommandLine
{
    private static readonly string[] Verbs = ["tenants", "migrate", "policy", "seed", "indicators", "published", "roles"];

    /// <summary>Commands over the authorities' databases, composed only into a process that runs the authorities.</summary>
    private static readonly string[] AuthorityVerbs = ["tenants", "policy", "roles", "seed", "indicators"];

    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>Commands print their own progress; the host's information logs would only interleave with it.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var roles = services.GetRequiredService<ConsortiumRoles>();
        var synthetic = services.GetService<BulkSyntheticSeeder>() is not null;
        if (args.Length > 0 && Refusal(args[0], roles, synthetic) is { } refusal)
        {
            await error.WriteLineAsync(refusal);
            return 1;
        }

        var console = new OperatorConsole(output, error);
        var root = new RootCommand("Consortium operator commands") { MigrateCommand.Create(services, console) };
        if (roles.RunsHub)
        {
            root.Add(PublishedCommands.Create(services, console));
        }

        if (roles.RunsTenant)
        {
            root.Add(TenantCommands.Create(services, console));
            root.Add(PolicyCommands.Create(services, console));
            root.Add(RoleCommands.Create(services, console));
            root.Add(IndicatorCommands.Create(services, console));
            if (synthetic)
            {
                root.Add(SeedCommand.Create(services, console));
            }
        }

        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>Why a command the process was not composed with cannot run here, rather than "unrecognised command".</summary>
    private static string? Refusal(string verb, ConsortiumRoles roles, bool synthetic)
    {
        if (!roles.RunsHub && verb.Equals("published", StringComparison.OrdinalIgnoreCase))
        {
            return "This process does not run the hub (Consortium__Roles), so it cannot run 'published'. Run the command where the Hub role runs.";
        }

        if (!roles.RunsTenant && AuthorityVerbs.Contains(verb, StringComparer.OrdinalIgnoreCase))
        {
            return $"This process does not run the authorities (Consortium__Roles), so it cannot run '{verb}'. Run the command where the Tenant role runs.";
        }

        return !synthetic && verb.Equals("seed", StringComparison.OrdinalIgnoreCase)
            ? "This process has no synthetic data: never in Production, and DemoData__Enabled=false turns it off elsewhere."
            : null;
    }
}
