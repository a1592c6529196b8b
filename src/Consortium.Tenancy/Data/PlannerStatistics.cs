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

    /// <summary>Lets SQLite refresh the statistics of tables that have changed a lot since they were gathered (cheap otherwise).</summary>
    public static Task RefreshAsync(DatabaseFacade database, CancellationToken cancellationToken = default) =>
        IsSqlite(database) ? database.ExecuteSqlRawAsync("PRAGMA optimize;", cancellationToken) : Task.CompletedTask;

    private static bool IsSqlite(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) == true;
    }
}
