using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Options;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Security;

/// <summary>Secure cookies everywhere but a developer's machine, which serves plain http on localhost.</summary>
internal static class CookiePolicy
{
    public static CookieSecurePolicy For(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
