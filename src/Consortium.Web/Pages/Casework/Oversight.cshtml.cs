using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>A team manager's oversight of a case: who it is allocated to (and was), allocating it again, and supervision.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class OversightModel(CaseworkService casework, OversightService oversight, StaffDirectory directory) : FormPageModel
{
    public Child Child { get; private set; } = null!;
    public CaseRecord Case { get; private set; } = null!;
    public IReadOnlyList<AllocationChange> Allocations { get; private set; } = [];
    public IReadOnlyList<Supervision> Supervisions { get; private set; } = [];
    public IReadOnlyList<StaffChoice> Staff { get; private set; } = [];
    public bool IsManager { get; private set; }

    [BindProperty] public Guid? StaffId { get; set; }
    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public List<string>? Attendees { get; set; }
    [BindProperty] public string? WorkingWell { get; set; }
    [BindProperty] public string? Worries { get; set; }
    [BindProperty] public string? NeedsToHappen { get; set; }

    public SelectField StaffField => new(nameof(StaffId), "Allocate to", (
        Staff.Select(s => KeyValuePair.Create(s.Id.ToString(), $"{s.Name}, {s.JobTitle}{(s.Team is null ? "" : $", {s.Team}")}"))).ToDictionary(), StaffId?.ToString(), ErrorFor(nameof(StaffId)), "Current staff from your authority's directory");
    public DateField HeldOnField => new(nameof(HeldOn), "Date of the supervision", HeldOn, ErrorFor(nameof(HeldOn)));
    public CheckboxesField AttendeesField => new(nameof(Attendees), "Who attended", Staff.ToDictionary(s => s.Id.ToString(), s => s.Label), [.. Attendees ?? []], ErrorFor(nameof(Attendees)), "Current staff from your authority's directory: at least one.");
    public TextAreaField WorkingWellField => new(nameof(WorkingWell), "What is working well?", WorkingWell, ErrorFor(nameof(WorkingWell)), Rows: 4);
    public TextAreaField WorriesField => new(nameof(Worries), "What are we worried about?", Worries, ErrorFor(nameof(Worries)), Rows: 4);
    public TextAreaField NeedsToHappenField => new(nameof(NeedsToHappen), "What needs to happen? (the decisions)", NeedsToHappen, ErrorFor(nameof(NeedsToHappen)), Rows: 4);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        HeldOn = DateInput.From(casework.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAllocateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!IsManager)
        {
            return Forbid();
        }

        if (StaffId is not { } staffId)
        {
            Errors.Add(new(nameof(StaffId), "Choose who to allocate the case to"));
            return Invalid();
        }

        var outcome = await oversight.AllocateAsync(id, staffId, Token, CurrentStaff.From(User), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved($"Case allocated to {outcome.Value.WorkerName}", $"~/cases/{id}/oversight");
        }

        if (outcome.Failure is Practice.Outcomes.Failure.Conflict)
        {
            await LoadAsync(id, cancellationToken);
        }

        return Failed(outcome.Failure);
    }

    public async Task<IActionResult> OnPostSuperviseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!IsManager)
        {
            return Forbid();
        }

        var (on, error) = HeldOn.Parse("The date of the supervision");
        if (error is not null)
        {
            Errors.Add(new(nameof(HeldOn), error));
            return Invalid();
        }

        var outcome = await oversight.SuperviseAsync(id, new SupervisionInput(on, [.. (Attendees ?? []).Select(a => Guid.TryParse(a, out var staffId) ? staffId : (Guid?)null).OfType<Guid>()], WorkingWell, Worries, NeedsToHappen), CurrentStaff.From(User), cancellationToken);
        return outcome.IsDone ? this.Saved("Supervision saved", $"~/cases/{id}/oversight") : Failed(outcome.Failure);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is not { } opened)
        {
            return false;
        }

        (Child, Case) = (opened.Child, opened.Case);
        Token = Case.ConcurrencyToken;
        IsManager = staff.Has(StaffRole.TeamManager);
        Allocations = await oversight.AllocationsAsync(id, cancellationToken);
        Supervisions = await oversight.SupervisionsAsync(id, cancellationToken);
        Staff = IsManager ? await directory.ChooseFromAsync(cancellationToken: cancellationToken) : [];
        return true;
    }
}
