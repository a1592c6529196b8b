using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>An administrator merges another record of the same child into this one: find it by reference, compare, confirm.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class MergeChildModel(CaseworkService casework, ChildMerger merger) : FormPageModel
{
    public Child Child { get; private set; } = null!;

    public MergePreview? Preview { get; private set; }

    [BindProperty] public string? OtherReference { get; set; }
    [BindProperty] public Guid OtherId { get; set; }
    [BindProperty] public Guid KeptToken { get; set; }
    [BindProperty] public Guid OtherToken { get; set; }

    public TextField OtherReferenceField => new(nameof(OtherReference), "Child reference of the other record", OtherReference, ErrorFor(nameof(OtherReference)), "For example, C-1A2B3C4D. Its episodes, maps, direct work and family move to this record; this record's details are kept.", "govuk-input--width-10");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var preview = await merger.PreviewAsync(id, OtherReference, CurrentStaff.From(User), cancellationToken);
        if (!preview.IsDone)
        {
            return Failed(preview.Failure);
        }

        Preview = preview.Value;
        (OtherId, KeptToken, OtherToken) = (Preview.Merged.Id, Preview.Kept.ConcurrencyToken, Preview.Merged.ConcurrencyToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var merged = await merger.MergeAsync(id, KeptToken, OtherId, OtherToken, CurrentStaff.From(User), cancellationToken);
        return merged.IsDone ? this.Saved("The two records are now one", $"~/children/{id}") : Failed(merged.Failure);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (opening.Child is not { MergedIntoChildId: null } child)
        {
            return false;
        }

        Child = child;
        return true;
    }
}
