using Consortium.Practice.ReadModel;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Tests.ReadModel;

/// <summary>A reader of practice's published rows, as another module's context maps them.</summary>
public sealed class ReadModelReader(DbContextOptions<ReadModelReader> options, TenantInfo tenant) : TenantDbContext(options, tenant)
{
    public static ReadModelReader Open(string databaseFile, TenantInfo tenant)
    {
        var options = new DbContextOptionsBuilder<ReadModelReader>();
        options.UseConsortiumDatabase(DatabaseProvider.Sqlite, $"Data Source={databaseFile}");
        return new ReadModelReader(options.Options, tenant);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.MapPracticeReadModel();
        base.OnModelCreating(modelBuilder);
    }
}
