using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;

namespace Consortium.Tenancy.Hosting;

public static class TenancyApplicationBuilderExtensions
{
    /// <summary>Resolves the authority of each request; place it before authentication.</summary>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    /// <summary>Refuses (404) any endpoint not marked AllowWithoutTenant when no authority is resolved; place it after routing.</summary>
    public static IApplicationBuilder UseTenantEndpointGuard(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantEndpointGuard>();
}
