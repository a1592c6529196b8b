using Consortium.DevIdentity;
using Consortium.Tenancy.Data;
using Consortium.Tenancy.Options;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in per realm (each authority's own provider, the hub's provider), roles from each authority's
    /// mapping, default-deny authorization, data protection keys and, outside Production, the development provider.
    /// </summary>
    public static WebApplicationBuilder AddConsortiumSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var devIdentity = builder.IsDevIdentityEnabled();
        if (devIdentity)
        {
            builder.AddDevIdentity();
        }

        var devOptions = devIdentity ? builder.Configuration.GetSection(DevIdentityOptions.Section).Get<DevIdentityOptions>() ?? new DevIdentityOptions() : null;
        services.AddSingleton(sp => new IdentityProviderSettingsResolver(sp.GetRequiredService<IConfiguration>(), devOptions));
        services.Configure<HubSignInOptions>(builder.Configuration.GetSection(HubSignInOptions.Section));
        services.AddSingleton<ClientSecretsCheck>();
        services.AddHostedService<ClientSecretsStartupReport>();
        services.AddHealthChecks().AddCheck<ClientSecretsHealthCheck>("identity-provider-secrets", tags: ["ready"]);

        builder.AddConsortiumDataProtection();
        builder.AddTrustedProxies();

        services.AddHttpContextAccessor();
        services.AddAuthentication(AuthenticationSchemes.Realm)
            .AddPolicyScheme(AuthenticationSchemes.Realm, "Sign-in of the request's realm", o =>
                o.ForwardDefaultSelector = http => Realms.Of(http) == Realms.Hub ? AuthenticationSchemes.HubCookie : AuthenticationSchemes.TenantCookie)
            .AddCookie(AuthenticationSchemes.TenantCookie)
            .AddOpenIdConnect(AuthenticationSchemes.TenantOidc, _ => { })
            .AddCookie(AuthenticationSchemes.HubCookie)
            .AddOpenIdConnect(AuthenticationSchemes.HubOidc, _ => { });

        // Outside an authority (the hub, the platform, the provider) the authority scheme stays inert: valid
        // options whose callback paths no request uses, so it never handles another realm's callback.
        services.Configure<OpenIdConnectOptions>(AuthenticationSchemes.TenantOidc, o =>
        {
            o.Authority = "https://no-authority.invalid";
            o.ClientId = "no-authority";
            o.CallbackPath = "/.no-authority/signin";
            o.SignedOutCallbackPath = "/.no-authority/signed-out";
            o.RemoteSignOutPath = "/.no-authority/remote-sign-out";
        });
        services.ConfigurePerTenant<CookieAuthenticationOptions, TenantCookieConfigurator>();
        services.ConfigurePerTenant<OpenIdConnectOptions, TenantOpenIdConnectConfigurator>();
        ConfigureHub(services, builder.Environment);

        services.AddTransient<IClaimsTransformation, RoleClaimsTransformation>();
        services.AddSingleton<IAuthorizationHandler, RealmRoleRequirement>();
        AuthorizationPolicies.Add(services.AddAuthorizationBuilder());
        return builder;
    }

    private static void ConfigureHub(IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<CookieAuthenticationOptions>(AuthenticationSchemes.HubCookie)
            .Configure<IDataProtectionProvider, IOptions<HubSignInOptions>>((o, protection, hub) =>
            {
                o.Cookie.Name = ".consortium.hub";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookiePolicy.For(environment);
                o.ExpireTimeSpan = TimeSpan.FromMinutes(hub.Value.IdleTimeoutMinutes);
                o.SlidingExpiration = true;
                o.AccessDeniedPath = "/no-access";
                o.ForwardChallenge = AuthenticationSchemes.HubOidc;
                o.DataProtectionProvider = protection.CreateProtector("Consortium.Session", "hub");
                o.Events = RealmStamp.Events(RealmStamp.Hub);
            });
        services.AddOptions<OpenIdConnectOptions>(AuthenticationSchemes.HubOidc)
            .Configure<IdentityProviderSettingsResolver, IOptions<HubSignInOptions>, IDataProtectionProvider>((o, providers, hub, protection) =>
            {
                OpenIdConnectSetup.Apply(o, providers.ForHub(hub.Value), AuthenticationSchemes.HubCookie, ".consortium.hub", CookiePolicy.For(environment));
                o.DataProtectionProvider = protection.CreateProtector("Consortium.SignIn", "hub");
            });
    }

    public static WebApplication UseConsortiumSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }
}
