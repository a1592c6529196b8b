using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>Corrects the recorded outcome of a strategy discussion or section 47 enquiry, from the version on screen, with a reason.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class CorrectEnquiryOutcomeModel(EnquiryOutcomeService enquiries, EnquiryOutcomeCorrector corrector) : FormPageModel
{
    public CaseRecord Case { get; private set; } = null!;

    public Child Child { get; private set; } = null!;

    public EnquiryOutcome Current { get; private set; } = null!;

    public EnquiryStep Step { get; private set; }

    public string StepName => EnquiryOutcomes.StepName(Step);

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public DateInput DecidedOn { get; set; } = new();
    [BindProperty] public string? Reasons { get; set; }
    [BindProperty] public string? WhyCorrected { get; set; }

    /// <summary>The version the form was filled from: a correction is saved over it and nothing newer.</summary>
    [BindProperty] public Guid Token { get; set; }

    public SelectField OutcomeField => new(nameof(Outcome), "Outcome", EnquiryOutcomes.Of(Step).ToDictionary(o => o.Key.ToString(), o => o.Value), Outcome, ErrorFor(nameof(Outcome)));

    public DateField DecidedOnField => new(nameof(DecidedOn), "Date of the outcome", DecidedOn, ErrorFor(nameof(DecidedOn)));

    public TextAreaField ReasonsField => new(nameof(Reasons), "Reasons (optional)", Reasons, ErrorFor(nameof(Reasons)), Rows: 3);

    public TextAreaField WhyField => new(nameof(WhyCorrected), "Why are you correcting it?", WhyCorrected, ErrorFor(nameof(WhyCorrected)), Rows: 2, Hint: "Kept with the version it replaces, for anyone who later reads the record");

    public async Task<IActionResult> OnGetAsync(Guid id, string step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, step, cancellationToken))
        {
            return NotFound();
        }

        FillFrom(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, step, cancellationToken))
        {
            return NotFound();
        }

        var (on, error) = DecidedOn.Parse("The date of the outcome");
        if (error is not null)
        {
            Errors.Add(new(nameof(DecidedOn), error));
            return Invalid();
        }

        var correction = new EnquiryOutcomeCorrection(new EnquiryOutcomeInput(Step, Outcome, on, Reasons), WhyCorrected);
        var corrected = await corrector.CorrectAsync(id, correction, Token, CurrentStaff.From(User), cancellationToken);
        if (corrected.IsDone)
        {
            return this.Saved($"{StepName} outcome corrected", $"~/cases/{id}/enquiries");
        }

        if (corrected.Failure is Failure.Conflict conflict && Current.ConcurrencyToken.ToString("N") == conflict.Version)
        {
            // Only the version whose changes are shown may be corrected; one saved since is again a conflict.
            TakeTheirs(conflict, Take);
            Token = Current.ConcurrencyToken;
            ModelState.Clear();
        }

        return Failed(corrected.Failure);
    }

    protected override string InputKeptAfterConflict => "Your correction is in the form and has not been saved. Check it against theirs, then save again.";

    private void FillFrom(EnquiryOutcome outcome)
    {
        Outcome = outcome.Outcome.ToString();
        DecidedOn = DateInput.From(outcome.DecidedOn);
        Reasons = outcome.Reasons;
        Token = outcome.ConcurrencyToken;
    }

    private void Take(string field)
    {
        switch (field)
        {
            case nameof(EnquiryOutcomeInput.Outcome):
                Outcome = Current.Outcome.ToString();
                break;
            case nameof(EnquiryOutcomeInput.DecidedOn):
                DecidedOn = DateInput.From(Current.DecidedOn);
                break;
            case nameof(EnquiryOutcomeInput.Reasons):
                Reasons = Current.Reasons;
                break;
        }
    }

    private async Task<bool> LoadAsync(Guid id, string step, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<EnquiryStep>(step, out var parsed) || !Enum.IsDefined(parsed)
            || await enquiries.ForCaseAsync(id, CurrentStaff.From(User), cancellationToken) is not { } opened
            || opened.Outcomes.FirstOrDefault(o => o.Step == parsed) is not { } current)
        {
            return false;
        }

        (Child, Case, _) = opened;
        (Step, Current) = (parsed, current);
        return true;
    }
}
