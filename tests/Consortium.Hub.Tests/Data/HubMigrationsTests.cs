using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Consortium.Hub.Tests.Data;

/// <summary>The hub's model is covered by a migration for both providers; SQL Server's is checked by generating its script.</summary>
public sealed class HubMigrationsTests
{
    private static HubDbContext Create(HubDatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        builder.UseHubDatabase(provider, provider == HubDatabaseProvider.Sqlite
            ? "Data Source=:memory:"
            : "Server=unreachable.invalid;Database=hub;Integrated Security=true;TrustServerCertificate=true");
        return new HubDbContext(builder.Options);
    }

    [Theory]
    [InlineData(HubDatabaseProvider.Sqlite)]
    [InlineData(HubDatabaseProvider.SqlServer)]
    public void The_hub_model_has_no_changes_that_a_migration_does_not_cover(HubDatabaseProvider provider)
    {
        using var db = Create(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_sql_server_script_creates_the_unique_key_that_keeps_redeliveries_from_double_counting()
    {
        using var db = Create(HubDatabaseProvider.SqlServer);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE UNIQUE INDEX [IX_IndicatorValues_AuthorityCode_PeriodKind_PeriodStart_Indicator_CatalogueVersion]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_SnapshotHeads_AuthorityCode_PeriodKind_PeriodStart_CatalogueVersion]", script, StringComparison.Ordinal);
    }
}
