using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Tenancy.Data;

/// <summary>A row of the catalog: an onboarded authority. Holds no secret, only the name of one.</summary>
public sealed class CatalogTenant
{
    public string Id { get; set; } = "";
    public string Identifier { get; set; } = "";
    public string Name { get; set; } = "";
    public string OldLaCode { get; set; } = "";
    public string NewLaCode { get; set; } = "";
    public string LaType { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string RegionName { get; set; } = "";
    public int ChildrenAged0To17 { get; set; }
    public string? ConnectionString { get; set; }
    public string DocumentContainer { get; set; } = "";
    public string? IdpAuthority { get; set; }
    public string? IdpMetadataAddress { get; set; }
    public string? IdpClientId { get; set; }
    public string? IdpClientSecretName { get; set; }
    public string PolicySeedJson { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
}
