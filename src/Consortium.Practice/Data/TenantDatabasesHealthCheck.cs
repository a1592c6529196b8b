using Consortium.Tenancy.Data;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consortium.Practice.Data;

/// <summary>Ready only when every authority's database answers and has no pending migration.</summary>
internal sealed class TenantDatabasesHealthCheck(ITenantDirectory directory, ITenantDbContextFactory<PracticeDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var tenants = await directory.GetAllAsync(cancellationToken);
        var failing = new List<string>();
        foreach (var tenant in tenants)
        {
            try
            {
                await using var db = contexts.Create(tenant);
                if (!await db.Database.CanConnectAsync(cancellationToken) || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    failing.Add(tenant.Identifier);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                failing.Add(tenant.Identifier);
            }
        }

        var data = new Dictionary<string, object> { ["authorities"] = tenants.Count, ["failing"] = failing };
        return failing.Count == 0
            ? HealthCheckResult.Healthy($"{tenants.Count} authority databases ready", data)
            : HealthCheckResult.Unhealthy($"{failing.Count} of {tenants.Count} authority databases not ready: {string.Join(", ", failing)}", data: data);
    }
}
