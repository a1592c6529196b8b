using Consortium.Tenancy;

namespace Consortium.Practice.Policy;

/// <summary>The statutory defaults with the authority's seed values (such as its local name for the model) applied.</summary>
public static class InitialPolicy
{
    public static PracticePolicy For(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var policy = new PracticePolicy();
        foreach (var (path, value) in tenant.PolicySeed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var (changed, error) = PolicyJson.With(policy, path, value);
            policy = changed ?? throw new InvalidOperationException($"The policy seed of authority '{tenant.Identifier}' is invalid: {error}");
        }

        return policy;
    }
}
