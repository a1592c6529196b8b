using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Options;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Security;

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
        options.Events.OnTokenValidated = FirstSignInMatching.OnTokenValidated;
    }
}
