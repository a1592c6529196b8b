using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Consortium.Tenancy.Resolution;

/// <summary>Marks an endpoint (a landing page, a health check) as one that may be served without an authority.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTenantAttribute : Attribute
{
}

/// <summary>
/// Default deny: after routing, an endpoint that is not marked <see cref="AllowWithoutTenantAttribute"/>
/// answers 404 unless an authority was resolved.
/// </summary>
internal sealed class TenantEndpointGuard(RequestDelegate next, ITenantContextAccessor accessor)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is not null && accessor.Current is null && endpoint.Metadata.GetMetadata<AllowWithoutTenantAttribute>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}

public static class AllowWithoutTenantExtensions
{
    public static TBuilder AllowWithoutTenant<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint => endpoint.Metadata.Add(new AllowWithoutTenantAttribute()));
        return builder;
    }
}
