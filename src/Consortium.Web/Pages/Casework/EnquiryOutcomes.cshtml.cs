using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>The outcome of the case's strategy discussion and section 47 enquiry, and the forms that record each once the step has started.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class EnquiryOutcomesModel(EnquiryOutcomeService enquiries, EnquiryOutcomeCorrector corrector, CaseworkService casework) : FormPageModel
{
    public CaseRecord Case { get; private set; } = null!;

    public Child Child { get; private set; } = null!;

    public IReadOnlyList<EnquiryOutcome> Outcomes { get; private set; } = [];

    /// <summary>The versions corrections replaced, newest first.</summary>
    public IReadOnlyList<EnquiryOutcomeRevision> Corrections { get; private set; } = [];

    [BindProperty] public string? StrategyOutcome { get; set; }
    [BindProperty] public DateInput StrategyDecidedOn { get; set; } = new();
    [BindProperty] public string? StrategyReasons { get; set; }
    [BindProperty] public string? Section47Outcome { get; set; }
    [BindProperty] public DateInput Section47DecidedOn { get; set; } = new();
    [BindProperty] public string? Section47Reasons { get; set; }

    public bool MayRecord => Case.IsOpen && MayCorrect;

    /// <summary>A recorded outcome can be corrected after the case closed too: the census reads closed cases.</summary>
    public bool MayCorrect => User.IsInRole("Practitioner") || User.IsInRole("TeamManager");

    /// <summary>Whether this step has started on the case and its outcome is not yet recorded.</summary>
    public bool Awaits(EnquiryStep step) =>
        (step == EnquiryStep.StrategyDiscussion ? Case.StrategyDiscussion : Case.Section47Start) is not null && Outcomes.All(o => o.Step != step);

    public SelectField OutcomeField(EnquiryStep step) => new(
        $"{Prefix(step)}Outcome", "Outcome", EnquiryOutcomes.Of(step).ToDictionary(o => o.Key.ToString(), o => o.Value), step == EnquiryStep.StrategyDiscussion ? StrategyOutcome : Section47Outcome, ErrorFor($"{Prefix(step)}Outcome"));

    public DateField DecidedOnField(EnquiryStep step) => new(
        $"{Prefix(step)}DecidedOn", "Date of the outcome", step == EnquiryStep.StrategyDiscussion ? StrategyDecidedOn : Section47DecidedOn, ErrorFor($"{Prefix(step)}DecidedOn"));

    public TextAreaField ReasonsField(EnquiryStep step) => new(
        $"{Prefix(step)}Reasons", "Reasons (optional)", step == EnquiryStep.StrategyDiscussion ? StrategyReasons : Section47Reasons, ErrorFor($"{Prefix(step)}Reasons"), Rows: 3);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        StrategyDecidedOn = DateInput.From(casework.Today);
        Section47DecidedOn = DateInput.From(casework.Today);
        return Page();
    }

    public Task<IActionResult> OnPostStrategyAsync(Guid id, CancellationToken cancellationToken) =>
        RecordAsync(id, EnquiryStep.StrategyDiscussion, StrategyOutcome, StrategyDecidedOn, StrategyReasons, cancellationToken);

    public Task<IActionResult> OnPostSection47Async(Guid id, CancellationToken cancellationToken) =>
        RecordAsync(id, EnquiryStep.Section47Enquiry, Section47Outcome, Section47DecidedOn, Section47Reasons, cancellationToken);

    private static string Prefix(EnquiryStep step) => step == EnquiryStep.StrategyDiscussion ? "Strategy" : "Section47";

    private async Task<IActionResult> RecordAsync(Guid id, EnquiryStep step, string? outcome, DateInput decidedOn, string? reasons, CancellationToken cancellationToken)
    {
        if (!User.IsInRole("Practitioner") && !User.IsInRole("TeamManager"))
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (on, error) = decidedOn.Parse("The date of the outcome");
        if (error is not null)
        {
            Errors.Add(new($"{Prefix(step)}DecidedOn", error));
            return Invalid();
        }

        var recorded = await enquiries.RecordAsync(id, new EnquiryOutcomeInput(step, outcome, on, reasons), CurrentStaff.From(User), cancellationToken);
        return recorded.IsDone
            ? this.Saved($"{EnquiryOutcomes.StepName(step)} outcome saved", $"~/cases/{id}/enquiries")
            : Failed(recorded.Failure, field => Prefix(step) + field);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await enquiries.ForCaseAsync(id, CurrentStaff.From(User), cancellationToken) is not { } opened)
        {
            return false;
        }

        (Child, Case, Outcomes) = opened;
        Corrections = await corrector.HistoryOfCaseAsync(id, cancellationToken);
        return true;
    }
}
