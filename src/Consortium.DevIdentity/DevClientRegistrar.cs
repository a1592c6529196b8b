using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.DevIdentity;

/// <summary>
/// Registers the app as a public client (PKCE), or a confidential one where <see cref="DevIdentityOptions.ConfidentialClients"/> says so, of each realm's issuer the first time that realm is used, with
/// the redirect URIs of the realm's host and, for an authority, its base path.
/// </summary>
public sealed class DevClientRegistrar(IOptions<DevIdentityOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _registered = new(StringComparer.Ordinal);

    public Task EnsureAsync(string realm, IOpenIddictApplicationManager applications, CancellationToken cancellationToken) =>
        _registered.GetOrAdd(realm, r => new Lazy<Task>(() => Register(r, applications, cancellationToken))).Value;

    private async Task Register(string realm, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var clientId = DevIdentityOptions.ClientIdFor(realm);
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            return;
        }

        var origin = options.Value.OriginUri;
        var port = origin.IsDefaultPort ? "" : $":{origin.Port}";
        var realmHost = $"{origin.Scheme}://{realm}.{origin.Host}{port}";
        var bases = realm == DevDirectory.HubRealm ? [realmHost] : new[] { realmHost, $"{origin.Scheme}://{origin.Host}{port}/t/{realm}" };

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = $"Consortium ({realm})",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (options.Value.ConfidentialClients.TryGetValue(realm, out var confidential))
        {
            descriptor.ClientType = ClientTypes.Confidential;
            descriptor.ClientSecret = confidential.Secret;
            if (confidential.Certificate is { Length: > 0 } certificate)
            {
                descriptor.JsonWebKeySet = DevClientAuthentication.KeySetOf(certificate);
            }
        }

        foreach (var root in bases)
        {
            descriptor.RedirectUris.Add(new Uri($"{root}/signin-oidc"));
            descriptor.PostLogoutRedirectUris.Add(new Uri($"{root}/signout-callback-oidc"));
        }

        await applications.CreateAsync(descriptor, cancellationToken);
    }
}
