using Consortium.Tenancy;
using Consortium.Tenancy.Options;

namespace Consortium.Practice.Access;

/// <summary>Adds the configured role rules to an authority's role mapping after its stored rules are read.</summary>
internal sealed class ConfiguredRoleRulesConfigurator(ConfiguredRoleRules configured) : ITenantConfigureOptions<RoleMapping>
{
    public void Configure(string name, RoleMapping options, TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Rules = [.. options.Rules, .. configured.For(tenant)];
    }
}
