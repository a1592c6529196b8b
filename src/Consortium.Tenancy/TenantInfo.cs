namespace Consortium.Tenancy;

/// <summary>
/// One authority served by this deployment. Immutable: a change produces a new instance from the store.
/// <see cref="Id"/> is stable for the life of the tenant and is what tenant-owned rows carry;
/// <see cref="Identifier"/> is the URL-safe slug used in hosts and paths.
/// </summary>
public sealed record TenantInfo
{
    public required string Id { get; init; }
    public required string Identifier { get; init; }
    public required string Name { get; init; }
    public required string OldLaCode { get; init; }
    public required string NewLaCode { get; init; }
    public string LaType { get; init; } = "";
    public required string RegionCode { get; init; }
    public required string RegionName { get; init; }

    /// <summary>ONS mid-year estimate of children aged 0-17, the denominator of rates per 10,000.</summary>
    public int ChildrenAged0To17 { get; init; }

    /// <summary>A full connection string for this authority's database; null uses the deployment's template.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Blob container (or folder) holding this authority's documents.</summary>
    public string DocumentContainer { get; init; } = "";

    public IdentityProviderSettings IdentityProvider { get; init; } = new();

    /// <summary>
    /// Policy values this authority starts with (for example its local name for the practice model),
    /// as configuration keys relative to the policy. Applied once, when its database is first created;
    /// after that the policy lives in the authority's own database.
    /// </summary>
    public IReadOnlyDictionary<string, string> PolicySeed { get; init; } = new Dictionary<string, string>();

    /// <summary>Where this tenant's definition came from (reference data or the catalog database).</summary>
    public TenantSource Source { get; init; }
}
