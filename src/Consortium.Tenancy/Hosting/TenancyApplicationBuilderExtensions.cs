using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Builder;

namespace Consortium.Tenancy.Hosting;

public static class TenancyApplicationBuilderExtensions
{
    /// <summary>Resolves the authority (and realm) of each request; place it before routing and authentication.</summary>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();
}
