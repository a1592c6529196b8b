using Consortium.DevIdentity;
using Consortium.Tenancy;

namespace Consortium.Web.Security;

public sealed class IdentityProviderSettingsResolver(IConfiguration configuration, DevIdentityOptions? devIdentity)
{
    public ResolvedIdentityProvider ForTenant(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var own = tenant.IdentityProvider;
        return Resolve(own.Authority, own.MetadataAddress, own.ClientId, own.Scopes, tenant.Identifier,
            (own.ClientAuthenticationMethod, own.ClientSecretName, own.ClientCertificateName));
    }

    public ResolvedIdentityProvider ForHub(HubSignInOptions hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return Resolve(hub.Authority, hub.MetadataAddress, hub.ClientId, ["openid", "profile", "email"], DevDirectory.HubRealm,
            (hub.ClientAuthenticationMethod, hub.ClientSecretName, hub.ClientCertificateName));
    }

    private ResolvedIdentityProvider Resolve(string? authority, string? metadata, string? clientId, IReadOnlyList<string> scopes, string realm,
        (string? Method, string? SecretName, string? CertificateName) credentials)
    {
        if (!string.IsNullOrWhiteSpace(authority))
        {
            var client = ClientCredentials.Read(configuration, realm, credentials.Method, credentials.SecretName, credentials.CertificateName);
            return new(authority.TrimEnd('/'), metadata, clientId ?? throw new InvalidOperationException($"Realm '{realm}' has an identity provider but no client id."), client, scopes);
        }

        if (devIdentity is null)
        {
            throw new InvalidOperationException($"Realm '{realm}' has no identity provider configured and the development provider is off.");
        }

        return new(devIdentity.IssuerFor(realm), null, DevIdentityOptions.ClientIdFor(realm), ClientCredentials.None, ["openid", "profile", "email"]);
    }
}
