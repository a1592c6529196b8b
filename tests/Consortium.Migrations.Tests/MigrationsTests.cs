using Consortium.Metrics.Data;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Consortium.Migrations.Tests;

/// <summary>
/// Every model change is covered by a migration for both providers. SQL Server cannot run here, so its
/// migrations are checked by building the model and generating the idempotent deployment script.
/// </summary>
public sealed class MigrationsTests
{
    private static readonly TenantInfo Tenant = new()
    {
        Id = "E00000000",
        Identifier = "check",
        Name = "Check",
        OldLaCode = "000",
        NewLaCode = "E00000000",
        RegionCode = "E12000000",
        RegionName = "Check",
    };

    private static string Connection(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? "Data Source=:memory:"
        : "Server=unreachable.invalid;Database=check;Integrated Security=true;TrustServerCertificate=true";

    public static TheoryData<DatabaseProvider, string> Contexts => new()
    {
        { DatabaseProvider.Sqlite, nameof(PracticeDbContext) },
        { DatabaseProvider.Sqlite, nameof(CatalogDbContext) },
        { DatabaseProvider.SqlServer, nameof(PracticeDbContext) },
        { DatabaseProvider.SqlServer, nameof(CatalogDbContext) },
        { DatabaseProvider.Sqlite, nameof(MetricsDbContext) },
        { DatabaseProvider.SqlServer, nameof(MetricsDbContext) },
    };

    private static DbContext Create(DatabaseProvider provider, string context)
    {
        if (context == nameof(PracticeDbContext))
        {
            var practice = new DbContextOptionsBuilder<PracticeDbContext>();
            practice.UseConsortiumDatabase(provider, Connection(provider));
            return new PracticeDbContext(practice.Options, Tenant);
        }

        if (context == nameof(MetricsDbContext))
        {
            var metrics = new DbContextOptionsBuilder<MetricsDbContext>();
            metrics.UseConsortiumDatabase(provider, Connection(provider), MetricsDbContext.MigrationsHistoryTable);
            return new MetricsDbContext(metrics.Options, Tenant);
        }

        var catalog = new DbContextOptionsBuilder<CatalogDbContext>();
        catalog.UseConsortiumDatabase(provider, Connection(provider));
        return new CatalogDbContext(catalog.Options);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_model_has_no_changes_that_a_migration_does_not_cover(DatabaseProvider provider, string context)
    {
        using var db = Create(provider, context);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} has model changes with no {provider} migration: run dotnet ef migrations add for {DbContextOptionsBuilderExtensions.MigrationsAssembly(provider)}.");
    }

    [Theory]
    [InlineData(nameof(PracticeDbContext), "[SettingsRevisions]", "__EFMigrationsHistory")]
    [InlineData(nameof(CatalogDbContext), "[Tenants]", "__EFMigrationsHistory")]
    [InlineData(nameof(MetricsDbContext), "[OutboxMessages]", MetricsDbContext.MigrationsHistoryTable)]
    public void The_idempotent_sql_server_script_generates(string context, string table, string history)
    {
        using var db = Create(DatabaseProvider.SqlServer, context);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains($"CREATE TABLE {table}", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains(history, script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metrics_migrations_create_only_the_metrics_tables_not_the_practice_tables_they_read()
    {
        using var db = Create(DatabaseProvider.SqlServer, nameof(MetricsDbContext));

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [SharedSnapshots]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE TABLE [Cases]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE TABLE [Children]", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_metrics_model_snapshot_holds_no_practice_table_only_the_rows_practice_publishes(DatabaseProvider provider)
    {
        using var db = Create(provider, nameof(MetricsDbContext));

        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model.GetEntityTypes().ToList();

        Assert.Equal(
            ["OutboxMessages", "ScheduleLeases", "SharedSnapshots", "WorkingDayNumbers"],
            snapshot.Select(t => t.GetTableName()).OfType<string>().Order(StringComparer.Ordinal));
        Assert.All(
            snapshot.Where(t => t.Name.StartsWith("Consortium.Practice.", StringComparison.Ordinal)),
            t => Assert.StartsWith("Consortium.Practice.ReadModel.", t.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sqlite_migrations_build_a_working_database()
    {
        var file = Path.Combine(Path.GetTempPath(), $"consortium-migrations-{Guid.NewGuid():N}.db");
        try
        {
            var builder = new DbContextOptionsBuilder<PracticeDbContext>();
            builder.UseConsortiumDatabase(DatabaseProvider.Sqlite, $"Data Source={file}");
            await using var db = new PracticeDbContext(builder.Options, Tenant);
            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.SettingsRevisions.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
