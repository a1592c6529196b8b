using Consortium.DevIdentity;
using Consortium.Web.Errors;
using Consortium.Web.Forms.BadRequests;
using Consortium.Web.Hosting;
using Consortium.Web.Messaging;
using Consortium.ServiceDefaults;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Hosting;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Consortium.Web;

/// <summary>The composition root: which parts the process runs and in what order requests pass through them.</summary>
public static class ConsortiumHost
{
    public static WebApplicationBuilder AddConsortium(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var roles = ConsortiumRoles.From(builder.Configuration);
        builder.Services.AddSingleton(roles);
        builder.AddServiceDefaults();
        builder.Services.AddTenancy(builder.Configuration);
        builder.AddConsortiumSecurity();
        builder.Services.AddConsortiumErrors();
        builder.Services.AddBadFormPage();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.Add(new DefaultDenyPageConvention());
            o.Conventions.Add(new RolePagesConvention(roles));
        });
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        if (roles.RunsTenant)
        {
            builder.AddAuthorities();
        }

        if (roles.RunsHub)
        {
            builder.AddHub();
        }

        // After the roles: the host starts hosted services in order, so their databases are migrated before the bus starts.
        builder.Services.AddConsortiumMessaging(builder.Configuration, roles);
        return builder;
    }

    public static WebApplication MapConsortium(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseTrustedProxies();
        app.UseConsortiumErrors();

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseConsortiumSecurityHeaders();
        app.UseStaticFiles();
        var devIdentity = app.Services.GetService<DevClientRegistrar>() is not null;
        if (devIdentity)
        {
            app.UseDevIdentityIssuers();
        }

        app.UseTenantResolution();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints().InRealms(Realms.Any).AllowAnonymous();
        if (devIdentity)
        {
            app.MapDevIdentity();
        }

        if (app.Services.GetRequiredService<ConsortiumRoles>().RunsTenant)
        {
            app.MapAuthorities();
        }

        app.MapRazorPages();
        app.Lifetime.ApplicationStarted.Register(() => LogWhereItRuns(app));
        return app;
    }

    private static void LogWhereItRuns(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        app.Logger.LogInformation(
            "Consortium is listening on {Addresses}; {Provider} data in {DataDirectory}",
            string.Join(", ", addresses),
            database.Provider,
            database.Provider == DatabaseProvider.Sqlite ? database.DataDirectory : "the configured SQL Server");
    }
}
