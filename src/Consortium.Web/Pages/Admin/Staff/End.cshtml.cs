using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin.Staff;

/// <summary>An administrator records a member of staff's last working day (a leaver).</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class EndModel(StaffDirectory directory, StaffAdministration staff) : FormPageModel
{
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";

    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateInput EndDate { get; set; } = new();

    public DateField EndDateField => new(nameof(EndDate), "Last working day", EndDate, ErrorFor(nameof(EndDate)), "For example, 31 3 2025");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        (Id, Name, Version) = (id, record.FullName, record.Version);
        EndDate = DateInput.From(record.EndDate);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        (Id, Name) = (id, record.FullName);
        var (end, error) = EndDate.Parse("Last working day");
        if (error is not null)
        {
            Errors.Add(new(nameof(EndDate), error));
            return Invalid();
        }

        var outcome = await staff.EndAsync(id, end, Version, User.Identity?.Name ?? "", cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved($"{Name}'s leaving date saved", "~/admin/staff");
        }

        if (outcome.Failure is Failure.Conflict)
        {
            Version = record.Version;
            ModelState.Remove(nameof(Version));
        }

        return Failed(outcome.Failure);
    }
}
