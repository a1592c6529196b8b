using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Resolution;

/// <summary>/t/{slug}/... names an authority on a single-hostname install; the prefix moves into PathBase.</summary>
public sealed class BasePathTenantStrategy(IOptionsMonitor<TenancyOptions> options) : ITenantResolutionStrategy, IPathRebasingStrategy
{
    public string Name => "BasePath";

    public Task<string?> GetIdentifierAsync(object context)
    {
        if (context is not HttpContext http)
        {
            return Task.FromResult<string?>(null);
        }

        var prefix = "/" + options.CurrentValue.BasePathPrefix;
        if (!http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest) || !rest.HasValue)
        {
            return Task.FromResult<string?>(null);
        }

        var segments = rest.Value!.Split('/', 3, StringSplitOptions.None);
        return Task.FromResult<string?>(segments.Length > 1 && segments[1].Length > 0 ? segments[1] : null);
    }

    public void Rebase(object context, string identifier)
    {
        var http = (HttpContext)context;
        var matched = new PathString($"/{options.CurrentValue.BasePathPrefix}/{identifier}");
        if (http.Request.Path.StartsWithSegments(matched, StringComparison.OrdinalIgnoreCase, out var matchedPath, out var remaining))
        {
            http.Request.PathBase = http.Request.PathBase.Add(matchedPath);
            http.Request.Path = remaining.HasValue ? remaining : new PathString("/");
        }
    }
}
