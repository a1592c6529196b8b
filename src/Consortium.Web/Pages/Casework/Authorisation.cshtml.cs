using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>The step on a case waiting for a team manager's authorisation, the manager's decision on it, and the decisions made before.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class AuthorisationModel(CaseworkService casework, AuthorisationService authorisations) : FormPageModel
{
    public Child Child { get; private set; } = null!;
    public CaseRecord Case { get; private set; } = null!;
    public IReadOnlyList<AuthorisationRequest> Requests { get; private set; } = [];
    public AuthorisationRequest? Waiting => Requests.FirstOrDefault(r => r.Decision == AuthorisationDecision.Waiting);

    /// <summary>Whether this person may decide the waiting request: a team manager who neither asked for it nor holds the case.</summary>
    public bool MayDecide { get; private set; }

    [BindProperty] public Guid Token { get; set; }
    [BindProperty] public DateInput AuthorisedOn { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public DateField AuthorisedOnField => new(nameof(AuthorisedOn), "Date of authorisation", AuthorisedOn, ErrorFor(nameof(AuthorisedOn)), "The date the step takes effect; for an assessment, the census's authorisation date");
    public TextAreaField ReasonField => new(nameof(Reason), "Why are you not authorising it?", Reason, ErrorFor(nameof(Reason)), "The practitioner sees this on the case", Rows: 4);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        AuthorisedOn = DateInput.From(casework.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAuthoriseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, keepToken: true))
        {
            return NotFound();
        }

        if (Waiting is not { } waiting)
        {
            return this.Saved("Nothing is waiting for authorisation on this case now", $"~/cases/{id}/authorisation");
        }

        var (on, error) = AuthorisedOn.Parse("The date of authorisation");
        if (error is not null || on is null)
        {
            Errors.Add(new(nameof(AuthorisedOn), error ?? "Enter the date of authorisation"));
            return Invalid();
        }

        var outcome = await authorisations.AuthoriseAsync(waiting.Id, on.Value, Token, CurrentStaff.From(User), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved($"Authorised: the case is now at {CaseStages.DisplayName(outcome.Value.Stage).ToLowerInvariant()}", $"~/cases/{id}");
        }

        await LoadAsync(id, cancellationToken);
        return Failed(outcome.Failure, field => field == "EffectiveOn" ? nameof(AuthorisedOn) : null);
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Waiting is not { } waiting)
        {
            return this.Saved("Nothing is waiting for authorisation on this case now", $"~/cases/{id}/authorisation");
        }

        var outcome = await authorisations.DeclineAsync(waiting.Id, Reason, CurrentStaff.From(User), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved("Not authorised: the practitioner can see your reason on the case", $"~/cases/{id}/authorisation");
        }

        AuthorisedOn = DateInput.From(casework.Today);
        return Failed(outcome.Failure);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, bool keepToken = false)
    {
        var staff = CurrentStaff.From(User);
        if (await casework.OpenCaseAsync(id, staff, cancellationToken) is not { } opened)
        {
            return false;
        }

        (Child, Case) = (opened.Child, opened.Case);
        if (!keepToken)
        {
            Token = Case.ConcurrencyToken;
        }

        Requests = await authorisations.ForCaseAsync(id, cancellationToken);
        MayDecide = Waiting is { } waiting && staff.Has(StaffRole.TeamManager) && StageRules.MayAuthorise(staff, Case)
            && !string.Equals(waiting.RequestedBySubject, staff.Subject, StringComparison.Ordinal);
        return true;
    }
}
