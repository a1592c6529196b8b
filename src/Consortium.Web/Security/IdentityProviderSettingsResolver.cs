using Consortium.DevIdentity;
using Consortium.Tenancy;

namespace Consortium.Web.Security;

public sealed class IdentityProviderSettingsResolver(IConfiguration configuration, DevIdentityOptions? devIdentity)
{
    public ResolvedIdentityProvider ForTenant(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var own = tenant.IdentityProvider;
        return Resolve(own.Authority, own.MetadataAddress, own.ClientId, own.ClientSecretName, own.Scopes, tenant.Identifier);
    }

    public ResolvedIdentityProvider ForHub(HubSignInOptions hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        return Resolve(hub.Authority, hub.MetadataAddress, hub.ClientId, hub.ClientSecretName, ["openid", "profile", "email"], DevDirectory.HubRealm);
    }

    private ResolvedIdentityProvider Resolve(string? authority, string? metadata, string? clientId, string? secretName, IReadOnlyList<string> scopes, string realm)
    {
        if (!string.IsNullOrWhiteSpace(authority))
        {
            var secret = string.IsNullOrWhiteSpace(secretName) ? null : configuration[secretName]
                ?? throw new InvalidOperationException($"The client secret '{secretName}' for realm '{realm}' is not in configuration.");
            return new(authority.TrimEnd('/'), metadata, clientId ?? throw new InvalidOperationException($"Realm '{realm}' has an identity provider but no client id."), secret, scopes);
        }

        if (devIdentity is null)
        {
            throw new InvalidOperationException($"Realm '{realm}' has no identity provider configured and the development provider is off.");
        }

        return new(devIdentity.IssuerFor(realm), null, DevIdentityOptions.ClientIdFor(realm), null, ["openid", "profile", "email"]);
    }
}
