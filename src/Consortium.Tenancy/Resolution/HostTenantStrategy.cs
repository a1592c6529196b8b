using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Consortium.Tenancy.Resolution;

/// <summary>
/// {slug}.{domain} names an authority. The domain itself, the configured root hosts and the realm hosts
/// (hub.{domain}) name none, so the
/// next strategy may apply; a host outside the domain is returned whole, which no authority matches, so it
/// is refused rather than served as some default.
/// </summary>
public sealed class HostTenantStrategy(IOptionsMonitor<TenancyOptions> options) : ITenantResolutionStrategy
{
    public string Name => "Host";

    public Task<string?> GetIdentifierAsync(object context)
    {
        if (context is not HttpContext http)
        {
            return Task.FromResult<string?>(null);
        }

        var settings = options.CurrentValue;
        var host = http.Request.Host.Host.TrimEnd('.').ToLowerInvariant();
        var domain = settings.Domain.ToLowerInvariant();
        if (host.Length == 0 || host == domain || settings.RootHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            return Task.FromResult<string?>(null);
        }

        var suffix = "." + domain;
        if (host.EndsWith(suffix, StringComparison.Ordinal))
        {
            var label = host[..^suffix.Length];
            return Task.FromResult(settings.RealmHosts.ContainsKey(label) ? null : label);
        }

        return Task.FromResult<string?>(host);
    }
}
