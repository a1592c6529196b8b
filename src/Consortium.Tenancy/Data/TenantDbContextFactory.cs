using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Data;

/// <summary>Creates a context bound to an explicit authority, on that authority's own database.</summary>
public interface ITenantDbContextFactory<out TContext>
    where TContext : TenantDbContext
{
    TContext Create(TenantInfo tenant);
}

internal sealed class TenantDbContextFactory<TContext>(
    IOptions<DatabaseOptions> database,
    Func<DbContextOptions<TContext>, TenantInfo, TContext> construct,
    string? migrationsHistoryTable = null) : ITenantDbContextFactory<TContext>
    where TContext : TenantDbContext
{
    public TContext Create(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var settings = database.Value;
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseConsortiumDatabase(settings.Provider, settings.ConnectionStringFor(tenant), migrationsHistoryTable);
        return construct(builder.Options, tenant);
    }
}
