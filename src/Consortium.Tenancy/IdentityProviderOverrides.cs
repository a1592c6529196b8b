namespace Consortium.Tenancy;

public sealed class IdentityProviderOverrides
{
    public string? Authority { get; set; }
    public string? MetadataAddress { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecretName { get; set; }
    public string? ClientAuthenticationMethod { get; set; }
    public string? ClientCertificateName { get; set; }
    public List<string> Scopes { get; set; } = [];

    internal IdentityProviderSettings ToSettings() => new()
    {
        Authority = Authority,
        MetadataAddress = MetadataAddress,
        ClientId = ClientId,
        ClientSecretName = ClientSecretName,
        ClientAuthenticationMethod = ClientAuthenticationMethod,
        ClientCertificateName = ClientCertificateName,
        Scopes = Scopes.Count > 0 ? [.. Scopes] : new IdentityProviderSettings().Scopes,
    };
}
