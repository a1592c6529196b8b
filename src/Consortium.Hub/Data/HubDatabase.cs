using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Hub.Data;

/// <summary>Points a <see cref="HubDbContext"/> at its database with the provider's migrations assembly.</summary>
public static class HubDatabase
{
    public const string SqliteFileName = "hub.db";

    public static string MigrationsAssembly(HubDatabaseProvider provider) => $"Consortium.Migrations.{provider}";

    public static DbContextOptionsBuilder UseHubDatabase(this DbContextOptionsBuilder builder, HubDatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var migrations = MigrationsAssembly(provider);
        return provider switch
        {
            HubDatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)).AddInterceptors(HubSqliteInterceptor.Instance),
            HubDatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>The configured connection string, or hub.db in the data directory (whose folder is created) for SQLite.</summary>
    public static string ConnectionString(HubOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString.Replace("{dataDirectory}", dataDirectory, StringComparison.Ordinal);
        }

        if (options.Provider != HubDatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Hub:ConnectionString must be set for SQL Server.");
        }

        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, SqliteFileName) }.ToString();
    }
}
