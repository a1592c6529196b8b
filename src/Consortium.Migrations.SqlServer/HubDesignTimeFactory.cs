using Consortium.Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Consortium.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the hub's context for this provider without starting the host.</summary>
internal sealed class HubDesignTimeFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        builder.UseHubDatabase(HubDatabaseProvider.SqlServer, DesignTime.Connection("hub"));
        return new HubDbContext(builder.Options);
    }
}
