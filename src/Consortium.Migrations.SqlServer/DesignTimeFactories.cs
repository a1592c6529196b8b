using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build each context for this provider without starting the host.</summary>
internal static class DesignTime
{
    public const DatabaseProvider Provider = DatabaseProvider.SqlServer;

    public static string Connection(string database) => Provider == DatabaseProvider.Sqlite
        ? $"Data Source={database}.db"
        : $"Server=localhost;Database={database};Integrated Security=true;TrustServerCertificate=true";

    public static readonly TenantInfo Tenant = new()
    {
        Id = "design-time",
        Identifier = "design-time",
        Name = "Design time",
        OldLaCode = "000",
        NewLaCode = "E00000000",
        RegionCode = "E12000000",
        RegionName = "Design time",
    };
}

internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>();
        builder.UseConsortiumDatabase(DesignTime.Provider, DesignTime.Connection("catalog"));
        return new CatalogDbContext(builder.Options);
    }
}

internal sealed class PracticeDesignTimeFactory : IDesignTimeDbContextFactory<PracticeDbContext>
{
    public PracticeDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PracticeDbContext>();
        builder.UseConsortiumDatabase(DesignTime.Provider, DesignTime.Connection("practice"));
        return new PracticeDbContext(builder.Options, DesignTime.Tenant);
    }
}
