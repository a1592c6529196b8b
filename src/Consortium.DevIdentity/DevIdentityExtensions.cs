using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.DevIdentity;

public static class DevIdentityExtensions
{
    /// <summary>Whether configuration asks for the development provider (by default: everywhere but Production).</summary>
    public static bool IsDevIdentityEnabled(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var enabled = builder.Configuration.GetSection(DevIdentityOptions.Section).GetValue<bool?>(nameof(DevIdentityOptions.Enabled));
        return enabled ?? !builder.Environment.IsProduction();
    }

    /// <summary>
    /// A development OpenID Connect provider with one issuer per authority and one for the hub, each with its
    /// own small directory. It refuses to start in Production.
    /// </summary>
    public static IHostApplicationBuilder AddDevIdentity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "The development identity provider cannot run in Production. Configure each authority's own identity provider and set DevIdentity:Enabled to false.");
        }

        var services = builder.Services;
        services.Configure<DevIdentityOptions>(builder.Configuration.GetSection(DevIdentityOptions.Section));
        services.AddSingleton<DevClientRegistrar>();

        // One private in-memory database for the process; it lives as long as its open connection.
        var connection = new SqliteConnection($"Data Source=dev-identity-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        connection.Open();
        services.AddSingleton(new DevIdentityConnection(connection));
        services.AddDbContext<DevIdentityDbContext>(o => o.UseSqlite(connection).UseOpenIddict());
        services.AddHostedService<DevIdentityDatabase>();

        services.AddAuthentication().AddCookie(DevIdentityDefaults.CookieScheme, o =>
        {
            o.Cookie.Name = ".consortium.dev-identity";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DevIdentityDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetUserInfoEndpointUris("connect/userinfo");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.AddEventHandler<OpenIddictServerEvents.ProcessSignInContext>(handler => handler
                    .UseInlineHandler(DevIdTokenAudience.Apply)
                    .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1));
                o.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler
                    .UseInlineHandler(DevClientAuthentication.RequireRegisteredMethod)
                    .SetOrder(int.MinValue + 100_000));
                o.AddEventHandler<OpenIddictServerEvents.ValidateTokenContext>(handler => handler
                    .UseInlineHandler(DevClientAuthentication.AcceptEntraStyleAssertions)
                    .SetOrder(OpenIddictServerHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order - 1));
                o.AddEventHandler<OpenIddictServerEvents.ValidateTokenContext>(handler => handler
                    .UseInlineHandler(DevClientAuthentication.TreatJwtTypedAssertionsAsAssertions)
                    .SetOrder(OpenIddictServerHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order + 1));
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        return builder;
    }

    /// <summary>Mounts the issuers under /idp/{realm}; place before tenant resolution and authentication.</summary>
    public static IApplicationBuilder UseDevIdentityIssuers(this IApplicationBuilder app) => app.UseMiddleware<DevIssuerMiddleware>();

    public static IEndpointRouteBuilder MapDevIdentity(this IEndpointRouteBuilder endpoints)
    {
        DevIdentityEndpoints.Map(endpoints);
        return endpoints;
    }
}
