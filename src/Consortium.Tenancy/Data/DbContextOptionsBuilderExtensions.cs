using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Tenancy.Data;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>The assembly holding a provider's migrations: one per provider, for every context.</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => $"Consortium.Migrations.{provider}";

    /// <summary>
    /// Points a context at a database with the provider's migrations assembly. Contexts that share a database keep
    /// their migration histories apart by naming their own history table.
    /// </summary>
    public static DbContextOptionsBuilder UseConsortiumDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string? migrationsHistoryTable = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var migrations = MigrationsAssembly(provider);
        var history = migrationsHistoryTable ?? "__EFMigrationsHistory";
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations).MigrationsHistoryTable(history))
                .AddInterceptors(SqliteTuningInterceptor.Instance),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o =>
            {
                o.MigrationsAssembly(migrations);
                o.MigrationsHistoryTable(history);
                o.EnableRetryOnFailure();
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>For SQLite, makes sure the folder of the database file exists.</summary>
    public static void EnsureSqliteFolder(DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
