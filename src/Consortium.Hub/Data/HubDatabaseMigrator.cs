using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Data;

/// <summary>Creates or upgrades the hub database (at start, or from the operator's migrate command).</summary>
public sealed class HubDatabaseMigrator(IDbContextFactory<HubDbContext> contexts)
{
    /// <summary>Applies pending migrations and returns how many there were.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }
}
