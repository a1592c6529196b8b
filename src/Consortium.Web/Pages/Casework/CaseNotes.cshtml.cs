using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>A case's notes, latest first, and the form a practitioner or team manager writes one with.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class CaseNotesModel(CaseworkService casework, CaseNoteService notes) : FormPageModel
{
    public CaseRecord Case { get; private set; } = null!;

    public Child Child { get; private set; } = null!;

    public IReadOnlyList<CaseNote> Notes { get; private set; } = [];

    [BindProperty] public DateInput WrittenOn { get; set; } = new();
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public bool Significant { get; set; }

    public DateField WrittenOnField => new(nameof(WrittenOn), "Date the note is about", WrittenOn, ErrorFor(nameof(WrittenOn)));

    public SelectField TypeField => new(
        nameof(Type), "Type of note", CaseNoteTypes.All.ToDictionary(t => t.ToString(), CaseNoteTypes.Label), Type, ErrorFor(nameof(Type)));

    public TextAreaField TextField => new(nameof(Text), "Note", Text, ErrorFor(nameof(Text)), Rows: 6);

    public bool MayWrite => User.IsInRole("Practitioner") || User.IsInRole("TeamManager");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        WrittenOn = DateInput.From(casework.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!MayWrite)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (on, error) = WrittenOn.Parse("The date of the note");
        if (error is not null)
        {
            Errors.Add(new(nameof(WrittenOn), error));
        }

        CaseNoteType? type = Enum.TryParse<CaseNoteType>(Type, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var input = new CaseNoteInput(on, type, Text, Significant);
        if (error is not null)
        {
            Errors.AddRange(input.Validate(Case, casework.Today).Where(e => e.Field != nameof(CaseNoteInput.WrittenOn)).Select(e => new FormError(e.Field, e.Message)));
            return Invalid();
        }

        var outcome = await notes.AddAsync(id, input, CurrentStaff.From(User), cancellationToken);
        return outcome.IsDone ? this.Saved("Case note saved", $"~/cases/{id}/notes") : Failed(outcome.Failure);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await notes.ForCaseAsync(id, CurrentStaff.From(User), cancellationToken) is not { } found)
        {
            return false;
        }

        (Child, Case, Notes) = (found.Child, found.Case, found.Notes);
        return true;
    }
}
