using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Consortium.Tenancy.Data;

/// <summary>
/// SQLite plans queries from table statistics it gathers only when asked. Without them it may pick the index on
/// (TenantId, date) over a far more selective one and turn a correlated lookup into a scan per row (the indicator
/// computation on a Norfolk-sized database took 280 s instead of about 1 s). SQL Server keeps its own statistics.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>Gathers statistics for every table and index: after creating a database or writing a lot into it.</summary>
    public static Task GatherAsync(DatabaseFacade database, CancellationToken cancellationToken = default) =>
        IsSqlite(database) ? database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Gathers statistics when the schema has just changed or the database has none; otherwise only lets SQLite refresh
    /// what has drifted, so a start does not re-read every authority's whole database.
    /// </summary>
    public static async Task EnsureAsync(DatabaseFacade database, bool schemaChanged, CancellationToken cancellationToken = default)
    {
        if (!IsSqlite(database))
        {
            return;
        }

        var present = !schemaChanged
            && await database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").SingleAsync(cancellationToken) > 0
            && await database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_stat1").SingleAsync(cancellationToken) > 0;
        await (present ? RefreshAsync(database, cancellationToken) : GatherAsync(database, cancellationToken));
    }

    /// <summary>Lets SQLite refresh the statistics of tables that have changed a lot since they were gathered (cheap otherwise).</summary>
    public static Task RefreshAsync(DatabaseFacade database, CancellationToken cancellationToken = default) =>
        IsSqlite(database) ? database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken) : Task.CompletedTask;

    private static bool IsSqlite(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true;
    }
}
