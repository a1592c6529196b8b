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
