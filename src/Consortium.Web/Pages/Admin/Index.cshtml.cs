using Consortium.Practice.Access;
using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Admin;

/// <summary>The authority administrator's overview: its policy and role mapping, and their history.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class IndexModel(SettingsStore<PracticePolicy> policies, SettingsStore<RoleMapping> roles) : PageModel
{
    public IReadOnlyList<SettingsRevision> PolicyHistory { get; private set; } = [];

    public IReadOnlyList<SettingsRevision> RoleHistory { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PolicyHistory = await policies.GetHistoryAsync(cancellationToken);
        RoleHistory = await roles.GetHistoryAsync(cancellationToken);
    }
}
