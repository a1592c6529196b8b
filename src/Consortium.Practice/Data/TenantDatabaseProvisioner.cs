using Consortium.Practice.Access;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Data;

/// <summary>Creates and migrates authorities' databases and gives a new database its initial policy.</summary>
public sealed class TenantDatabaseProvisioner(
    ITenantDbContextFactory<PracticeDbContext> contexts,
    ITenantDirectory directory,
    ITenantCatalog catalog,
    IOptions<DatabaseOptions> database,
    ITenantScopeRunner scopes,
    IEnumerable<IAuthorityDatabaseStep> otherSteps,
    ILogger<TenantDatabaseProvisioner> logger)
{
    /// <summary>Creates the database if needed, applies pending migrations, and writes version 1 of the policy. Returns the number of migrations applied.</summary>
    public async Task<int> ProvisionAsync(TenantInfo tenant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var settings = database.Value;
        DbContextOptionsBuilderExtensions.EnsureSqliteFolder(settings.Provider, settings.ConnectionStringFor(tenant));
        await using var db = contexts.Create(tenant);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers carry on while one request writes (every view writes an access log line).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await scopes.RunAsync(tenant, async (services, ct) =>
        {
            await services.GetRequiredService<SettingsStore<PracticePolicy>>().EnsureInitialAsync(
                "Initial policy: statutory defaults" + (tenant.PolicySeed.Count > 0 ? " with the authority's own settings" : ""), ct);
            await services.GetRequiredService<SettingsStore<RoleMapping>>().EnsureInitialAsync(
                "Initial role mapping: Entra ID app roles named after the staff roles", ct);
        }, cancellationToken);
        var stepsApplied = 0;
        foreach (var step in otherSteps)
        {
            stepsApplied += await step.RunAsync(tenant, cancellationToken);
        }

        // Last, so the statistics count what the steps above wrote (working days, the first policy).
        await PlannerStatistics.EnsureAsync(db.Database, schemaChanged: pending + stepsApplied > 0, cancellationToken);

        return pending;
    }

    /// <summary>Migrates the catalog, then every authority, a few at a time, reporting each as it finishes.</summary>
    public async Task ProvisionAllAsync(IProgress<ProvisioningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await catalog.MigrateAsync(cancellationToken);
        var tenants = await directory.GetAllAsync(cancellationToken);
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, database.Value.ProvisioningConcurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(tenants, parallel, async (tenant, ct) =>
        {
            var applied = await ProvisionAsync(tenant, ct);
            lock (tenants)
            {
                // One report at a time, in the order they finish: the caller's progress need not be thread-safe.
                var step = new ProvisioningProgress(++done, tenants.Count, tenant.Identifier, applied);
                logger.LogInformation("Migrated authority database {Position}/{Count}: {Tenant} ({Applied} migration(s) applied)", step.Position, step.Count, step.Identifier, step.MigrationsApplied);
                progress?.Report(step);
            }
        });
    }
}
