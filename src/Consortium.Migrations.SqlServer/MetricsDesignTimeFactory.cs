using Consortium.Metrics.Data;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Migrations.SqlServer;

internal sealed class MetricsDesignTimeFactory : IDesignTimeDbContextFactory<MetricsDbContext>
{
    public MetricsDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<MetricsDbContext>();
        builder.UseConsortiumDatabase(DesignTime.Provider, DesignTime.Connection("practice"), MetricsDbContext.MigrationsHistoryTable);
        return new MetricsDbContext(builder.Options, DesignTime.Tenant);
    }
}
