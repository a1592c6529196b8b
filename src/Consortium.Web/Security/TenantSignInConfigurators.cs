using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Options;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Security;

/// <summary>
/// An authority's session cookie: named after it, protected with keys of its own purpose, stamped with it,
/// expiring after the idle timeout of its policy.
/// </summary>
internal sealed class TenantCookieConfigurator(IOptionsMonitor<PracticePolicy> policy, IDataProtectionProvider protection, IHostEnvironment environment)
    : ITenantConfigureOptions<CookieAuthenticationOptions>
{
    public void Configure(string name, CookieAuthenticationOptions options, TenantInfo tenant)
    {
        if (name != AuthenticationSchemes.TenantCookie)
        {
            return;
        }

        options.Cookie.Name = CookieName(tenant);
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookiePolicy.For(environment);
        options.ExpireTimeSpan = TimeSpan.FromMinutes(policy.CurrentValue.Session.IdleTimeoutMinutes);
        options.SlidingExpiration = true;
        options.AccessDeniedPath = "/no-access";
        options.ForwardChallenge = AuthenticationSchemes.TenantOidc;
        options.DataProtectionProvider = protection.CreateProtector("Consortium.Session", "tenant", tenant.Id);
        options.Events = RealmStamp.Events(tenant.Id);
    }

    public static string CookieName(TenantInfo tenant) => $".consortium.{tenant.Identifier}";
}

/// <summary>An authority's OpenID Connect client: its own provider, client and issuer.</summary>
internal sealed class TenantOpenIdConnectConfigurator(IdentityProviderSettingsResolver providers, IDataProtectionProvider protection, IHostEnvironment environment)
    : ITenantConfigureOptions<OpenIdConnectOptions>
{
    public void Configure(string name, OpenIdConnectOptions options, TenantInfo tenant)
    {
        if (name != AuthenticationSchemes.TenantOidc)
        {
            return;
        }

        OpenIdConnectSetup.Apply(options, providers.ForTenant(tenant), AuthenticationSchemes.TenantCookie, TenantCookieConfigurator.CookieName(tenant), CookiePolicy.For(environment));
        options.DataProtectionProvider = protection.CreateProtector("Consortium.SignIn", "tenant", tenant.Id);
    }
}

/// <summary>Secure cookies everywhere but a developer's machine, which serves plain http on localhost.</summary>
internal static class CookiePolicy
{
    public static CookieSecurePolicy For(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
