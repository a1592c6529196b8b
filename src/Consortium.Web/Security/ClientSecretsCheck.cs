using Consortium.Tenancy.Stores;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Security;

/// <summary>
/// Which configured identity providers have no client secret where their settings say it is: each as
/// "realm: setting name", never a value. Reads configuration and the (cached) authority list, no database.
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
                AddIfMissing(missing, tenant.Identifier, provider.Authority, provider.ClientSecretName);
            }
        }

        AddIfMissing(missing, "hub", hub.Value.Authority, hub.Value.ClientSecretName);
        return missing;
    }

    private void AddIfMissing(List<string> missing, string realm, string? authority, string? secretName)
    {
        if (!string.IsNullOrWhiteSpace(authority) && !string.IsNullOrWhiteSpace(secretName) && string.IsNullOrEmpty(configuration[secretName]))
        {
            missing.Add($"{realm}: {secretName}");
        }
    }
}
