namespace Consortium.Tenancy;

/// <summary>
/// The authority's own OpenID Connect provider. The client secret and certificate are never held here: only the
/// names of the configuration keys or Key Vault secrets that hold them.
/// </summary>
public sealed record IdentityProviderSettings
{
    public string? Authority { get; init; }
    public string? MetadataAddress { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecretName { get; init; }

    /// <summary>
    /// client_secret_post, client_secret_basic or private_key_jwt. Empty: client_secret_post when there is a
    /// secret, otherwise a public client (PKCE only).
    /// </summary>
    public string? ClientAuthenticationMethod { get; init; }

    /// <summary>Name of the configuration key (or Key Vault secret) holding the certificate for private_key_jwt.</summary>
    public string? ClientCertificateName { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = ["openid", "profile", "email"];
}
