namespace Consortium.Tenancy;

/// <summary>Deployment-wide tenancy settings, bound from the "Tenancy" configuration section.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>The parent domain of authority hosts: brent.{Domain}. Locally "localhost".</summary>
    public string Domain { get; set; } = "localhost";

    /// <summary>Further host names that serve the platform's own pages (besides <see cref="Domain"/>).</summary>
    public List<string> RootHosts { get; set; } = [];

    /// <summary>Active resolution strategies, in order: "Host", "BasePath". Empty means both.</summary>
    public List<string> Strategies { get; set; } = [];

    /// <summary>First path segment of base-path resolution: /t/{slug}/...</summary>
    public string BasePathPrefix { get; set; } = "t";

    /// <summary>Paths that are served without a tenant and never resolve one (health, static assets).</summary>
    public List<string> BypassPaths { get; set; } = [];

    /// <summary>Seconds a catalog read is reused before the catalog database is asked again.</summary>
    public int CatalogCacheSeconds { get; set; } = 10;

    /// <summary>Seconds per-tenant options are reused; a change made in this process clears them at once.</summary>
    public int OptionsCacheSeconds { get; set; } = 30;

    /// <summary>Host labels under the domain that belong to a realm other than an authority: hub.{Domain} is the hub.</summary>
    public Dictionary<string, string> RealmHosts { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["hub"] = "hub" };

    /// <summary>Per-authority settings layered over the reference data, keyed by slug.</summary>
    public Dictionary<string, TenantOverrides> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    internal IReadOnlyList<string> EffectiveStrategies => Strategies.Count > 0 ? Strategies : ["Host", "BasePath"];

    internal IReadOnlyList<string> EffectiveBypassPaths => BypassPaths.Count > 0 ? BypassPaths : ["/health", "/assets", "/favicon.ico"];
}
