using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin.Teams;

/// <summary>An administrator adds a team.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class AddModel(StaffDirectory directory, TeamAdministration teams) : TeamFormPage(directory)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        if (Details() is not { } details)
        {
            return Invalid();
        }

        var outcome = await teams.AddAsync(details, User.Identity?.Name ?? "", cancellationToken);
        if (!outcome.IsDone)
        {
            return Failed(outcome.Failure);
        }

        return this.Saved($"{outcome.Value.Name} added", "~/admin/teams");
    }
}
