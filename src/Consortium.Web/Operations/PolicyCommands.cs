using System.CommandLine;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;

namespace Consortium.Web.Operations;

/// <summary><c>policy show</c> and <c>policy set</c>: one authority's practice policy.</summary>
internal static class PolicyCommands
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var policy = new Command("policy", "Show or change an authority's practice policy");
        policy.Subcommands.Add(Show(services, console));
        policy.Subcommands.Add(Set(services, console));
        return policy;
    }

    private static Option<string> TenantOption() => new("--tenant") { Description = "The authority's slug", Required = true };

    private static Command Show(IServiceProvider services, OperatorConsole console)
    {
        var tenant = TenantOption();
        var history = new Option<bool>("--history") { Description = "Also list every earlier version, newest first" };
        var command = new Command("show", "Print the policy in force and, with --history, its versions") { tenant, history };
        command.SetAction(async (parse, cancellationToken) =>
            await OperatorTenant.RunAsync<SettingsStore<PracticePolicy>>(services, console, parse.GetValue(tenant)!, async (store, ct) =>
            {
                var current = await store.GetCurrentAsync(ct);
                await console.Out.WriteLineAsync($"Version {current.Version}");
                foreach (var setting in PolicySettings.All)
                {
                    await console.Out.WriteLineAsync($"{setting.Path} = {setting.Display(current.Settings)}");
                }

                if (parse.GetValue(history))
                {
                    await console.Out.WriteLineAsync();
                    foreach (var revision in await store.GetHistoryAsync(ct))
                    {
                        await console.Out.WriteLineAsync($"Version {revision.Version}, {revision.ChangedAt:yyyy-MM-dd HH:mm} UTC, by {revision.ChangedBy}:");
                        foreach (var line in revision.Summary.Split('\n'))
                        {
                            await console.Out.WriteLineAsync($"  {line}");
                        }
                    }
                }

                return 0;
            }, cancellationToken));
        return command;
    }

    private static Command Set(IServiceProvider services, OperatorConsole console)
    {
        var tenant = TenantOption();
        var by = new Option<string>("--by") { Description = "Who is making the change (kept in the history)", Required = true };
        var settings = new Argument<string[]>("setting") { Description = "One or more Path=Value, e.g. Timescales.AssessmentWorkingDays=40", Arity = ArgumentArity.OneOrMore };
        var command = new Command("set", "Change settings; all are validated together and nothing is saved if any is invalid") { tenant, by, settings };
        command.SetAction(async (parse, cancellationToken) =>
            await OperatorTenant.RunAsync<SettingsStore<PracticePolicy>>(services, console, parse.GetValue(tenant)!, async (store, ct) =>
            {
                var current = await store.GetCurrentAsync(ct);
                var proposed = current.Settings;
                foreach (var setting in parse.GetValue(settings) ?? [])
                {
                    var parts = setting.Split('=', 2);
                    var (changed, error) = parts.Length == 2 ? PolicySettings.With(proposed, parts[0], parts[1]) : (null, $"'{setting}' must be written Path=Value");
                    if (changed is null)
                    {
                        await console.Error.WriteLineAsync($"There is a problem: {error}. Nothing was saved.");
                        return 1;
                    }

                    proposed = changed;
                }

                var outcome = await store.SaveAsync(proposed, current.Version, parse.GetValue(by)!, ct);
                if (outcome.IsDone)
                {
                    await console.Out.WriteLineAsync($"Saved as version {outcome.Value}.");
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
