using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Data;

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
