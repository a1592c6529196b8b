namespace Consortium.Tenancy;

/// <summary>
/// The authority's own OpenID Connect provider. The client secret is never held here: only the name of
/// the configuration key or Key Vault secret that holds it.
/// </summary>
public sealed record IdentityProviderSettings
{
    public string? Authority { get; init; }
    public string? MetadataAddress { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecretName { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = ["openid", "profile", "email"];
}
