using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Consortium.Web.Security;

/// <summary>
/// Bound from "ForwardedHeaders": the proxies (addresses) and networks (CIDR) whose X-Forwarded-Proto and
/// X-Forwarded-For the app believes. Nobody else's are: with none configured, forwarded headers are ignored.
/// The host is never taken from a header (Azure Container Apps' ingress passes the original Host through).
/// </summary>
public sealed class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public IList<string> KnownProxies { get; } = [];

    public IList<string> KnownNetworks { get; } = [];

    internal void Apply(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:KnownProxies has \"{proxy}\", which is not an IP address."));
        }

        foreach (var network in KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var range)
                ? range
                : throw new InvalidOperationException($"{Section}:KnownNetworks has \"{network}\", which is not a network in CIDR notation (10.0.0.0/23)."));
        }
    }
}
