namespace Consortium.Tenancy;

/// <summary>Deployment settings for one authority that the reference data does not hold.</summary>
public sealed class TenantOverrides
{
    public string? ConnectionString { get; set; }
    public string? DocumentContainer { get; set; }
    public IdentityProviderOverrides? IdentityProvider { get; set; }
    /// <summary>Role rules written <c>type=value:Role</c> that apply beside the authority's own (see ConfiguredRoleRules).</summary>
    public List<string> RoleRules { get; set; } = [];

    public Dictionary<string, string> PolicySeed { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
