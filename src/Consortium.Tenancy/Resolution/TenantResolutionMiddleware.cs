using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Resolution;

/// <summary>
/// Resolves the request's authority before authentication. The first active strategy that names an
/// identifier decides: if no authority has it, the request ends with 404 and no tenant is ever guessed.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next,
    IEnumerable<ITenantResolutionStrategy> strategies,
    IOptionsMonitor<TenancyOptions> options,
    ILogger<TenantResolutionMiddleware> logger)
{
    private readonly ITenantResolutionStrategy[] _all = [.. strategies];

    public async Task InvokeAsync(HttpContext context, ITenantDirectory directory, ITenantContextSetter setter)
    {
        var settings = options.CurrentValue;
        if (IsBypassed(context, settings))
        {
            await next(context);
            return;
        }

        var hostRealm = RealmOfHost(context, settings);
        if (hostRealm != Realms.Platform)
        {
            // A realm's own host (the hub's) never serves an authority, whatever its path says.
            Realms.Set(context, hostRealm);
            await next(context);
            return;
        }

        foreach (var name in settings.EffectiveStrategies)
        {
            var strategy = _all.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (strategy is null || await strategy.GetIdentifierAsync(context) is not { } identifier)
            {
                continue;
            }

            var tenant = await directory.FindByIdentifierAsync(identifier, context.RequestAborted);
            if (tenant is null)
            {
                logger.LogInformation("No authority matched the request ({Strategy} strategy); answered 404", strategy.Name);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await RunForTenant(context, setter, strategy, tenant);
            return;
        }

        Realms.Set(context, Realms.Platform);
        await next(context);
    }

    /// <summary>The hub's host (hub.{domain}) is the hub realm; the root host is the platform realm.</summary>
    private static string RealmOfHost(HttpContext context, TenancyOptions settings)
    {
        var host = context.Request.Host.Host.TrimEnd('.');
        return settings.RealmHosts.FirstOrDefault(r => string.Equals(host, $"{r.Key}.{settings.Domain}", StringComparison.OrdinalIgnoreCase)).Value
            ?? Realms.Platform;
    }

    private async Task RunForTenant(HttpContext context, ITenantContextSetter setter, ITenantResolutionStrategy strategy, TenantInfo tenant)
    {
        var originalPathBase = context.Request.PathBase;
        var originalPath = context.Request.Path;
        (strategy as IPathRebasingStrategy)?.Rebase(context, tenant.Identifier);
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(TenantTelemetry.TagName, tenant.Identifier));
        setter.SetCurrent(tenant);
        Realms.Set(context, Realms.Tenant);
        try
        {
            using (TenantTelemetry.Enter(logger, tenant))
            {
                await next(context);
            }
        }
        finally
        {
            setter.SetCurrent(null);
            context.Request.PathBase = originalPathBase;
            context.Request.Path = originalPath;
        }
    }

    /// <summary>Health checks, static assets, re-executed error pages and requests whose realm an earlier middleware set (the identity provider's).</summary>
    private static bool IsBypassed(HttpContext context, TenancyOptions settings) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<IRequestRealmFeature>() is not null
        || settings.EffectiveBypassPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
