using System.CommandLine;
using Consortium.Hub.Data;
using Consortium.Practice.Data;

namespace Consortium.Web.Operations;

/// <summary><c>migrate</c>: creates or upgrades the catalog and every authority's database, showing each step.</summary>
internal static class MigrateCommand
{
    public static Command Create(IServiceProvider services, OperatorConsole console)
    {
        var command = new Command("migrate", "Create or upgrade the catalog, every authority's database and the hub's");
        command.SetAction(async (_, cancellationToken) =>
        {
            var provisioner = services.GetRequiredService<TenantDatabaseProvisioner>();
            await console.Out.WriteLineAsync("Migrating the catalog and every authority's database…");
            var progress = new SynchronousProgress<ProvisioningProgress>(step =>
                console.Out.WriteLine($"[{step.Position}/{step.Count}] {step.Identifier}: {step.MigrationsApplied} migration(s) applied"));
            await provisioner.ProvisionAllAsync(progress, cancellationToken);
            var hubMigrations = await services.GetRequiredService<HubDatabaseMigrator>().MigrateAsync(cancellationToken);
            await console.Out.WriteLineAsync($"hub: {hubMigrations} migration(s) applied");
            await console.Out.WriteLineAsync("Done.");
            return 0;
        });
        return command;
    }
}

/// <summary>Reports progress on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
