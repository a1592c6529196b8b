using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Data;

/// <summary>Migrates the metrics tables of an authority's database and writes its working-day numbers.</summary>
internal sealed class MetricsDatabaseStep(ITenantDbContextFactory<MetricsDbContext> contexts, WorkingDayNumbers workingDays) : IAuthorityDatabaseStep
{
    public async Task<int> RunAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create(tenant);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        await workingDays.EnsureAsync(db, cancellationToken);
        return pending;
    }
}
