using Consortium.Metrics;
using Consortium.Practice;
using Consortium.Scrutiny;
using Consortium.Synthetic;
using Consortium.Web.Api;

namespace Consortium.Web.Hosting;

/// <summary>
/// The authorities' role: each authority's database (created and migrated at start, part of readiness), casework,
/// indicator snapshots with their outbox, relay and schedule, the scrutiny report, the casework API and, outside Production, synthetic
/// demo data. Its pages are every page outside the hub's folder and the shared ones (<see cref="RolePagesConvention"/>).
/// </summary>
public static class AuthoritiesRole
{
    public static WebApplicationBuilder AddAuthorities(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPractice(builder.Configuration);

        // Hosted services start in the order they are registered: the demo seed after the databases are migrated,
        // and before the indicator schedule publishes what the authorities hold at first start.
        if (builder.IsDemoDataEnabled())
        {
            builder.AddDemoData();
        }

        builder.Services.AddMetrics(builder.Configuration);
        builder.Services.AddScrutiny();
        builder.Services.AddCaseworkApi();
        builder.Services.AddSingleton<Consortium.Hub.Published.ShippedPublishedFigures>();
        return builder;
    }

    /// <summary>The casework API and its OpenAPI document. Call after UseAuthorization.</summary>
    public static WebApplication MapAuthorities(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCaseworkApi();
        return app;
    }
}
