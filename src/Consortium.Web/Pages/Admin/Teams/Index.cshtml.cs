using Consortium.Practice.Staff;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Admin.Teams;

/// <summary>The authority's teams with their service area, manager and how many current staff they have.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class IndexModel(StaffDirectory directory) : PageModel
{
    public IReadOnlyList<(Team Team, string? Manager, int Staff)> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await directory.ChooseFromAsync(cancellationToken: cancellationToken);
        var names = current.ToDictionary(c => c.Id, c => c.Name);
        Teams = [.. (await directory.TeamsAsync(cancellationToken)).Select(t => (t, t.ManagerId is { } m ? names.GetValueOrDefault(m) : null, current.Count(c => c.Team == t.Name)))];
    }
}
