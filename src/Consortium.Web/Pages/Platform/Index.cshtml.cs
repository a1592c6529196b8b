using Consortium.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Consortium.Tenancy.Resolution;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Pages.Platform;

/// <summary>The installation's own page: every authority it serves, with links to each one's host and path.</summary>
[Realm(Realms.Platform)]
[AllowAnonymous]
public sealed class IndexModel(ITenantDirectory directory, IOptionsMonitor<TenancyOptions> tenancy) : PageModel
{
    public IReadOnlyList<AuthorityLink> Authorities { get; private set; } = [];

    public string HubUrl { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settings = tenancy.CurrentValue;
        var port = Request.Host.Port is { } p ? $":{p}" : "";
        HubUrl = $"{Request.Scheme}://hub.{settings.Domain}{port}/";
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
