using System.CommandLine;
using Consortium.Hub.Data;
using Consortium.Hub.Published;
using Consortium.Practice.Data;
using Consortium.Web.Hosting;

namespace Consortium.Web.Operations;

/// <summary>
/// <c>migrate</c>: creates or upgrades what this process's roles own, showing each step: the catalog and every
/// authority's database where it runs the authorities, the hub's database where it runs the hub.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var command = new Command("migrate", "Create or upgrade the catalog, every authority's database and the hub's");
        command.SetAction(async (_, cancellationToken) =>
        {
            var roles = services.GetRequiredService<ConsortiumRoles>();
            if (roles.RunsTenant)
            {
                await console.Out.WriteLineAsync("Migrating the catalog and every authority's database…");
                var progress = new SynchronousProgress<ProvisioningProgress>(step =>
                    console.Out.WriteLine($"[{step.Position}/{step.Count}] {step.Identifier}: {step.MigrationsApplied} migration(s) applied"));
                await services.GetRequiredService<TenantDatabaseProvisioner>().ProvisionAllAsync(progress, cancellationToken);
            }

            if (roles.RunsHub)
            {
                var hubMigrations = await services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync(cancellationToken);
                await console.Out.WriteLineAsync($"hub: {hubMigrations} migration(s) applied");
                if (await services.GetRequiredService<PublishedFiguresLoader>().LoadShippedIfEmptyAsync(cancellationToken: cancellationToken))
                {
                    await console.Out.WriteLineAsync("hub: the Department's published figures shipped with the build loaded");
                }
            }

            await console.Out.WriteLineAsync("Done.");
            return 0;
        });
        return command;
    }
}
