using Consortium.DevIdentity;
using Consortium.Tenancy;

namespace Consortium.Web.Security;

/// <summary>The identity provider an authority or the hub uses: its own, or the development provider's issuer for it.</summary>
public sealed record ResolvedIdentityProvider(string Authority, string? MetadataAddress, string ClientId, ClientCredentials Credentials, IReadOnlyList<string> Scopes);
