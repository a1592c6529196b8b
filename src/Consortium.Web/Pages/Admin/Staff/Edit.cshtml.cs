using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin.Staff;

/// <summary>An administrator changes a staff record, from the version they saw; another authority's record is not found.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class EditModel(StaffDirectory directory, StaffAdministration staff) : StaffFormPage(directory)
{
    private readonly StaffDirectory _directory = directory;

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool HasSignedIn { get; private set; }
    public IReadOnlyList<DirectoryChange> History { get; private set; } = [];

    [BindProperty] public int Version { get; set; }

    public DateField EndDateField => new(nameof(EndDate), "Leaving date (optional)", EndDate, ErrorFor(nameof(EndDate)), "Their last working day. Leave it empty while they work here.");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        Show(record);
        Version = record.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var (end, endError) = EndDate.Parse("Leaving date");
        if (endError is not null)
        {
            Errors.Add(new(nameof(EndDate), endError));
        }

        if (Details(end) is not { } details || Errors.Count > 0)
        {
            return Invalid();
        }

        var outcome = await staff.EditAsync(id, details, Version, User.Identity?.Name ?? "", cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved($"{outcome.Value.FullName}'s record saved", "~/admin/staff");
        }

        if (outcome.Failure is Failure.Conflict && await _directory.FindAsync(id, cancellationToken) is { } current)
        {
            // Saving again after reading what they changed is a decision to replace it; the input is kept as typed.
            Version = current.Version;
            ModelState.Remove(nameof(Version));
            History = await _directory.HistoryAsync(id, cancellationToken);
        }

        return Failed(outcome.Failure, FieldId);
    }

    protected override string InputKeptAfterConflict => "Your changes are below and have not been saved. Check them and save again.";

    private async Task<StaffRecord?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await _directory.FindAsync(id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        Id = id;
        Name = record.FullName;
        HasSignedIn = record.Subject is not null;
        History = await _directory.HistoryAsync(id, cancellationToken);
        await LoadChoicesAsync(id, cancellationToken);
        return record;
    }
}
