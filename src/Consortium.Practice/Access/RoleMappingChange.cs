using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Tenancy;

namespace Consortium.Practice.Access;

/// <summary>
/// An administrator's change to the authority's role mapping, which applies on everyone's next request. Refused when the
/// claims the administrator signed in with would no longer make them an authority administrator: the change would lock
/// them out, and every administrator with them when they are the last. An operator changes the mapping without that
/// check (<c>roles set</c>), which is how a locked-out authority is recovered.
/// </summary>
public sealed class RoleMappingChange(SettingsStore<RoleMapping> store, ISettingsKind<RoleMapping> kind, ConfiguredRoleRules configured, ITenantContextAccessor tenant)
{
    public const string WouldLockOut =
        "This change would leave you unable to administer this authority: no rule that makes people authority administrators matches a claim you signed in with. Keep or add a rule that gives you that role";

    public async Task<Outcome<int>> SaveAsync(
        RoleMapping proposed, int expectedVersion, string changedBy, IReadOnlyCollection<(string Type, string Value)> signedInWith, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(signedInWith);
        var withConfigured = new RoleMapping { Rules = [.. proposed.Rules, .. tenant.Current is { } current ? configured.For(current) : []] };
        if (kind.Validate(proposed).Count == 0 && !withConfigured.RolesFor(signedInWith).Contains(StaffRole.TenantAdministrator))
        {
            return new Failure.Refused(WouldLockOut);
        }

        return await store.SaveAsync(proposed, expectedVersion, changedBy, cancellationToken);
    }
}
