using Consortium.Tenancy.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Consortium.Web.Hosting;

public static class HubOnlyServiceCollectionExtensions
{
    /// <summary>A process that runs only the hub never creates, migrates, seeds or checks an authority's database.</summary>
    public static IServiceCollection ServeNoAuthorityDatabases(this IServiceCollection services)
    {
        services.PostConfigure<DatabaseOptions>(o => o.MigrateOnStartup = false);
        services.PostConfigure<HealthCheckServiceOptions>(o =>
        {
            foreach (var check in o.Registrations.Where(r => r.Name == "authority-databases").ToList())
            {
                o.Registrations.Remove(check);
            }
        });
        return services;
    }
}
