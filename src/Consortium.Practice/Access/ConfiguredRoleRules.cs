using Consortium.Tenancy;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Access;

/// <summary>
/// Role rules an authority's deployment configuration gives it (<c>Tenancy:Tenants:{slug}:RoleRules</c>, each
/// <c>type=value:Role</c>). They apply beside the rules its administrators keep, and no one can remove them from the
/// admin page, so a provider that sends only groups can give a new authority its first administrator by configuration.
/// </summary>
public sealed class ConfiguredRoleRules(IOptionsMonitor<TenancyOptions> tenancy)
{
    public IReadOnlyList<RoleMappingRule> For(TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenancy.CurrentValue.Tenants.TryGetValue(tenant.Identifier, out var overrides)
            ? [.. overrides.RoleRules.Select(RoleRuleText.Parse).OfType<RoleMappingRule>()]
            : [];
    }
}
