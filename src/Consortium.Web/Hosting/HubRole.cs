using Consortium.Hub;
using Consortium.Tenancy.Data;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Hosting;

/// <summary>
/// The hub's role: its own database (created and migrated at start, part of readiness), comparison and returns.
/// Its consumer joins the bus in <see cref="Messaging.MessagingServiceCollectionExtensions.AddConsortiumMessaging"/>;
/// its pages are those under /Hub (<see cref="RolePagesConvention"/>). It maps no endpoints of its own.
/// </summary>
public static class HubRole
{
    public static WebApplicationBuilder AddHub(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHub(builder.Configuration, sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.DataDirectory);
        return builder;
    }
}
