using Consortium.Practice.Policy;
using Consortium.Practice.Settings;
using Consortium.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Pages;

/// <summary>An authority's start page: its name and its own name for the practice model.</summary>
[AllowAnonymous]
public sealed class IndexModel(ITenantContextAccessor tenantContext, IOptionsSnapshot<PracticePolicy> policy, SettingsStore<PracticePolicy> policies) : PageModel
{
    public TenantInfo Tenant { get; private set; } = null!;

    public string ModelName { get; private set; } = "";

    public int PolicyVersion { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tenant = tenantContext.Current!;
        ModelName = policy.Value.Terminology.ModelName;
        PolicyVersion = (await policies.GetCurrentAsync(cancellationToken)).Version;
    }
}
