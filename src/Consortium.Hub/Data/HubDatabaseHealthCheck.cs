using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consortium.Hub.Data;

/// <summary>Ready only when the hub database answers and has no pending migration.</summary>
internal sealed class HubDatabaseHealthCheck(IDbContextFactory<HubDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The hub database does not answer");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("The hub database is ready")
                : HealthCheckResult.Unhealthy($"The hub database has {pending} pending migrations");
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException)
        {
            return HealthCheckResult.Unhealthy("The hub database is not ready", ex);
        }
    }
}
