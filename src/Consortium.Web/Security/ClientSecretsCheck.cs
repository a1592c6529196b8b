using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Security;

/// <summary>
/// Which configured identity providers cannot be authenticated to as their settings say: an unknown
/// ClientAuthenticationMethod, a client secret missing where ClientSecretName says it is, a certificate with a
/// private key missing where ClientCertificateName says it is. Each as "realm: setting name", never a value.
/// Reads configuration and the (cached) authority list, no database.
/// </summary>
public sealed class ClientSecretsCheck(IConfiguration configuration, IOptions<HubSignInOptions> hub, IServiceProvider services)
{
    public async Task<IReadOnlyList<string>> MissingAsync(CancellationToken cancellationToken = default)
    {
        var missing = new List<string>();
        if (services.GetService<ITenantDirectory>() is { } directory)
        {
            foreach (var tenant in await directory.GetAllAsync(cancellationToken))
            {
                var provider = tenant.IdentityProvider;
                AddProblems(missing, tenant.Identifier, provider.Authority, provider.ClientAuthenticationMethod, provider.ClientSecretName, provider.ClientCertificateName);
            }
        }

        var own = hub.Value;
        AddProblems(missing, "hub", own.Authority, own.ClientAuthenticationMethod, own.ClientSecretName, own.ClientCertificateName);
        return missing;
    }

    private void AddProblems(List<string> missing, string realm, string? authority, string? method, string? secretName, string? certificateName)
    {
        if (!string.IsNullOrWhiteSpace(authority))
        {
            missing.AddRange(ClientCredentials.Problems(configuration, realm, method, secretName, certificateName));
        }
    }
}
