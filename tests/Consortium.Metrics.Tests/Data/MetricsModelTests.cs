using Consortium.Metrics.Data;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Consortium.Metrics.Tests.Data;

/// <summary>
/// Metrics reads practice only through the rows practice publishes for reading, so a change to practice's tables
/// never changes the metrics model (and never needs a metrics migration).
/// </summary>
public sealed class MetricsModelTests
{
    private const string PracticeReadModel = "Consortium.Practice.ReadModel";

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

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.SqlServer];

    private static MetricsDbContext Create(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<MetricsDbContext>();
        options.UseConsortiumDatabase(
            provider,
            provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Server=unreachable.invalid;Database=check;Integrated Security=true",
            MetricsDbContext.MigrationsHistoryTable);
        return new MetricsDbContext(options.Options, Tenant);
    }

    private static IEnumerable<Type> PracticeTypesIn(DbContext db) =>
        db.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => t.Assembly == typeof(PracticeDbContext).Assembly);

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_metrics_model_holds_no_practice_entity_only_the_rows_practice_publishes_for_reading(DatabaseProvider provider)
    {
        using var db = Create(provider);

        var practiceTypes = PracticeTypesIn(db).ToList();

        Assert.NotEmpty(practiceTypes);
        Assert.All(practiceTypes, t => Assert.True(t.Namespace == PracticeReadModel, $"{t.FullName} is a practice entity in the metrics model"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_practice_row_metrics_reads_is_keyless_and_read_through_practices_query_not_mapped_to_its_table(DatabaseProvider provider)
    {
        using var db = Create(provider);

        var practiceRows = db.Model.GetEntityTypes().Where(t => t.ClrType.Assembly == typeof(PracticeDbContext).Assembly).ToList();

        Assert.NotEmpty(practiceRows);
        Assert.All(practiceRows, row =>
        {
            Assert.Null(row.FindPrimaryKey());
            Assert.Null(row.GetTableName());
            Assert.False(string.IsNullOrWhiteSpace(row.GetSqlQuery()), $"{row.ClrType.Name} has no query of practice's");
        });
    }

    [Fact]
    public void Every_table_the_metrics_model_maps_is_one_the_metrics_migrations_own()
    {
        using var db = Create(DatabaseProvider.Sqlite);

        var tables = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().Where(t => t.GetTableName() is not null).ToList();

        Assert.All(tables, t => Assert.False(t.IsTableExcludedFromMigrations(), $"{t.GetTableName()} is mapped by metrics but migrated by someone else"));
        Assert.Equal(["OutboxMessages", "ScheduleLeases", "SharedSnapshots", "WorkingDayNumbers"], tables.Select(t => t.GetTableName()!).Order(StringComparer.Ordinal));
    }
}
