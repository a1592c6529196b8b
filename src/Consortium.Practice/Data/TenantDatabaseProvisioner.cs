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

        await PlannerStatistics.GatherAsync(db.Database, cancellationToken);
        await scopes.RunAsync(tenant, async (services, ct) =>
        {
            await services.GetRequiredService<SettingsStore<PracticePolicy>>().EnsureInitialAsync(
                "Initial policy: statutory defaults" + (tenant.PolicySeed.Count > 0 ? " with the authority's own settings" : ""), ct);
            await services.GetRequiredService<SettingsStore<RoleMapping>>().EnsureInitialAsync(
                "Initial role mapping: Entra ID app roles named after the staff roles", ct);
        }, cancellationToken);
        foreach (var step in otherSteps)
        {
            await step.RunAsync(tenant, cancellationToken);
        }

        return pending;
    }

    /// <summary>Migrates the catalog, then every authority in turn, reporting each step.</summary>
    public async Task ProvisionAllAsync(IProgress<ProvisioningProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await catalog.MigrateAsync(cancellationToken);
        var tenants = await directory.GetAllAsync(cancellationToken);
        for (var i = 0; i < tenants.Count; i++)
        {
            var applied = await ProvisionAsync(tenants[i], cancellationToken);
            var step = new ProvisioningProgress(i + 1, tenants.Count, tenants[i].Identifier, applied);
            logger.LogInformation("Migrated authority database {Position}/{Count}: {Tenant} ({Applied} migration(s) applied)", step.Position, step.Count, step.Identifier, step.MigrationsApplied);
            progress?.Report(step);
        }
    }
}
