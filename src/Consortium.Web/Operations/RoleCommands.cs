using System.CommandLine;
using Consortium.Practice.Access;
using Consortium.Practice.Settings;

namespace Consortium.Web.Operations;

/// <summary>
/// <c>roles show</c> and <c>roles set</c>: one authority's role mapping. The operator's way back when nobody can
/// administer the authority, and the way to give a new authority's provider its first administrator. Unlike the admin
/// page, <c>set</c> does not ask whether the operator would keep a role: the operator never signs in to the authority.
/// </summary>
internal static class RoleCommands
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var roles = new Command("roles", "Show or change which identity-provider claims give which roles at an authority");
        roles.Subcommands.Add(Show(services, console));
        roles.Subcommands.Add(Set(services, console));
        return roles;
    }

    private static Option<string> TenantOption() => new("--tenant") { Description = "The authority's slug", Required = true };

    private static Command Show(IServiceProvider services, OperatorConsole console)
    {
        var tenant = TenantOption();
        var command = new Command("show", "Print the role mapping in force, a rule a line") { tenant };
        command.SetAction(async (parse, cancellationToken) =>
            await OperatorTenant.RunAsync<SettingsStore<RoleMapping>>(services, console, parse.GetValue(tenant)!, async (store, ct) =>
            {
                var current = await store.GetCurrentAsync(ct);
                await console.Out.WriteLineAsync($"Version {current.Version}");
                foreach (var rule in current.Settings.Rules)
                {
                    await console.Out.WriteLineAsync(RoleRuleText.Format(rule));
                }

                return 0;
            }, cancellationToken));
        return command;
    }

    private static Command Set(IServiceProvider services, OperatorConsole console)
    {
        var tenant = TenantOption();
        var by = new Option<string>("--by") { Description = "Who is making the change (kept in the history)", Required = true };
        var add = new Option<bool>("--add") { Description = "Add the rules to the mapping in force instead of replacing it" };
        var rules = new Argument<string[]>("rule") { Description = "One or more rules written type=value:Role, e.g. groups=0b6c…:TenantAdministrator", Arity = ArgumentArity.OneOrMore };
        var command = new Command("set", "Replace the mapping with the rules given (or add them, with --add); nothing is saved if any is invalid") { tenant, by, add, rules };
        command.SetAction(async (parse, cancellationToken) =>
            await OperatorTenant.RunAsync<SettingsStore<RoleMapping>>(services, console, parse.GetValue(tenant)!, async (store, ct) =>
            {
                var current = await store.GetCurrentAsync(ct);
                var proposed = new RoleMapping { Rules = parse.GetValue(add) ? [.. current.Settings.Rules] : [] };
                foreach (var text in parse.GetValue(rules) ?? [])
                {
                    if (RoleRuleText.Parse(text) is not { } rule)
                    {
                        await console.Error.WriteLineAsync($"There is a problem: '{text}' must be written type=value:Role, where Role is one of {string.Join(", ", Enum.GetNames<StaffRole>())}. Nothing was saved.");
                        return 1;
                    }

                    proposed.Rules.Add(rule);
                }

                var outcome = await store.SaveAsync(proposed, current.Version, parse.GetValue(by)!, ct);
                if (outcome.IsDone)
                {
                    await console.Out.WriteLineAsync($"Saved as version {outcome.Value}. It applies on everyone's next request.");
                    return 0;
                }

                await console.Error.WriteLineAsync("There is a problem. Nothing was saved:");
                foreach (var line in OperatorFailure.Describe(outcome.Failure))
                {
                    await console.Error.WriteLineAsync($"  {line}");
                }

                return 1;
            }, cancellationToken));
        return command;
    }
}
