using Consortium.Practice.Policy;
using Consortium.Tenancy;
using Consortium.Tenancy.Resolution;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Pages;

/// <summary>
/// On an authority's host or path: that authority's start page. On the platform's own host: the list of
/// authorities this deployment serves, with links to each one's host and path.
/// </summary>
[AllowWithoutTenant]
public sealed class IndexModel(
    ITenantContextAccessor tenantContext,
    ITenantDirectory directory,
    IOptionsMonitor<TenancyOptions> tenancy,
    IOptionsSnapshot<PracticePolicy> policy,
    IServiceProvider services) : PageModel
{
    public TenantInfo? Tenant { get; private set; }

    public string ModelName { get; private set; } = "";

    public int PolicyVersion { get; private set; }

    public IReadOnlyList<AuthorityLink> Authorities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tenant = tenantContext.Current;
        if (Tenant is not null)
        {
            ModelName = policy.Value.Terminology.ModelName;
            // Resolved here, not injected: the store opens an authority's database, which the platform page has none of.
            PolicyVersion = (await services.GetRequiredService<PracticePolicyStore>().GetCurrentAsync(cancellationToken)).Version;
            return;
        }

        var settings = tenancy.CurrentValue;
        var port = Request.Host.Port is { } p ? $":{p}" : "";
        var tenants = await directory.GetAllAsync(cancellationToken);
        Authorities = [.. tenants
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new AuthorityLink(
                t,
                $"{Request.Scheme}://{t.Identifier}.{settings.Domain}{port}/",
                $"{Request.PathBase}/{settings.BasePathPrefix}/{t.Identifier}/"))];
    }

    public sealed record AuthorityLink(TenantInfo Tenant, string HostUrl, string PathUrl);
}
