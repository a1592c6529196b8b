using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin.Staff;

/// <summary>An administrator adds a member of staff to the authority's directory.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class AddModel(StaffDirectory directory, StaffAdministration staff) : StaffFormPage(directory)
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Fte = "1";
        Employment = "Employed";
        await LoadChoicesAsync(null, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(null, cancellationToken);
        if (Details(null) is not { } details)
        {
            return Invalid();
        }

        var outcome = await staff.AddAsync(details, User.Identity?.Name ?? "", cancellationToken);
        if (!outcome.IsDone)
        {
            return Failed(outcome.Failure, FieldId);
        }

        return this.Saved($"{outcome.Value.FullName} added", "~/admin/staff");
    }
}
