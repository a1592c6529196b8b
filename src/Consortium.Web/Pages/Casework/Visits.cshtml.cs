using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>The visits to the child on a case, and the form to record one; the next is due by the authority's visit timescale.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class VisitsModel(CaseworkService casework, VisitService visits) : FormPageModel
{
    public CaseRecord Case { get; private set; } = null!;

    public Child Child { get; private set; } = null!;

    public IReadOnlyList<StatutoryVisit> Visits { get; private set; } = [];

    [BindProperty] public DateInput VisitedOn { get; set; } = new();
    [BindProperty] public bool SeenAlone { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public DateField VisitedOnField => new(nameof(VisitedOn), "Date of the visit", VisitedOn, ErrorFor(nameof(VisitedOn)));
    public TextAreaField NotesField => new(nameof(Notes), "What you saw and heard (optional)", Notes, ErrorFor(nameof(Notes)), Rows: 4);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        VisitedOn = DateInput.From(casework.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole("Practitioner") && !User.IsInRole("TeamManager"))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (on, error) = VisitedOn.Parse("The date of the visit");
        if (error is not null)
        {
            Errors.Add(new(nameof(VisitedOn), error));
            return Invalid();
        }

        var outcome = await visits.RecordAsync(id, new VisitInput(on, SeenAlone, Notes), CurrentStaff.From(User), cancellationToken);
        return outcome.IsDone ? this.Saved("Visit saved", $"~/cases/{id}/visits") : Failed(outcome.Failure);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is not { } opened || await visits.ForCaseAsync(id, staff, cancellationToken) is not { } list)
        {
            return false;
        }

        (Child, Case, Visits) = (opened.Child, opened.Case, list);
        return true;
    }
}
