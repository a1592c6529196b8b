using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Maps;
using Consortium.Practice.Policy;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Consortium.Web.Pages.Casework;

/// <summary>A case: its stage, due dates and history, and the form that moves it on.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class CaseFileModel(CaseworkService casework, CaseloadService caseloads, CaseDueDates dueDates, IOptionsSnapshot<PracticePolicy> policy, SafetyMapService maps, AuthorisationService authorisations, EnquiryOutcomeService enquiries) : FormPageModel
{
    public Child Child { get; private set; } = null!;

    public CaseRecord Case { get; private set; } = null!;

    public IReadOnlyList<DueItem> Due { get; private set; } = [];


    public IReadOnlyList<SafetyMap> Maps { get; private set; } = [];

    /// <summary>The latest request for a team manager's authorisation made on this case, if any.</summary>
    public AuthorisationRequest? LatestRequest { get; private set; }

    /// <summary>The outcomes recorded of the strategy discussion and section 47 enquiry.</summary>
    public IReadOnlyList<EnquiryOutcome> EnquiryOutcomes { get; private set; } = [];

    public AuthorisationRequest? Waiting => LatestRequest is { Decision: AuthorisationDecision.Waiting } waiting ? waiting : null;

    /// <summary>The other cases of the sibling group this case belongs to.</summary>
    public IReadOnlyList<CaseloadRow> Siblings { get; private set; } = [];

    /// <summary>Whether the move form asks for the factors (the move out of a single assessment authorises it).</summary>
    public bool AsksForFactors => Case.Stage == CaseStage.Assessment && Case.AssessmentAuthorised is null;

    /// <summary>How many other open cases of the sibling group are at this case's stage, and so can move with it.</summary>
    public int SiblingsAtThisStage => Siblings.Count(s => s.Stage == Case.Stage);

    [BindProperty] public string? To { get; set; }
    [BindProperty] public DateInput EffectiveOn { get; set; } = new();
    [BindProperty] public string? CategoryOfAbuse { get; set; }
    [BindProperty] public string? ClosureReason { get; set; }
    [BindProperty] public List<string> AssessmentFactors { get; set; } = [];
    [BindProperty] public bool IncludeSiblings { get; set; }
    [BindProperty] public Guid Token { get; set; }

    /// <summary>The case's fields as this page loaded them (<see cref="StartingValues"/>), for a conflict to compare with.</summary>
    [BindProperty] public string? StartedFrom { get; set; }

    public SelectField ToField => new(nameof(To), "Move the case to", StageRules.NextStages(Case.Stage).ToDictionary(s => s.ToString(), CaseStages.DisplayName), To, ErrorFor(nameof(To)));
    public DateField EffectiveOnField => new(nameof(EffectiveOn), "Date it happened", EffectiveOn, ErrorFor(nameof(EffectiveOn)));
    public SelectField CategoryField => new(nameof(CategoryOfAbuse), "Category of abuse (for a child protection plan)", Practice.Census.CategoryOfAbuse.List.Names, CategoryOfAbuse, ErrorFor(nameof(CategoryOfAbuse)));
    public CheckboxesField FactorsField => new(nameof(AssessmentFactors), "Factors identified at the end of the assessment (when it is authorised)", AssessmentFactor.List.Names, AssessmentFactors, ErrorFor(nameof(AssessmentFactors)), "As the Children in Need census codes them. Select 'No factors identified' if there are none.", Codes: true);
    public SelectField ClosureField => new(nameof(ClosureReason), "Reason for closing (for closure)", Practice.Census.ClosureReason.List.Names, ClosureReason, ErrorFor(nameof(ClosureReason)), Codes: true);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        StartFrom(Case);
        EffectiveOn = DateInput.From(casework.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var (on, dateError) = EffectiveOn.Parse("The date");
        if (!Enum.TryParse<CaseStage>(To, out var to) || !Enum.IsDefined(to))
        {
            Errors.Add(new(nameof(To), "Select the stage the case is moving to"));
        }

        if (dateError is not null || on is null)
        {
            Errors.Add(new(nameof(EffectiveOn), dateError ?? "Enter the date it happened"));
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var move = new StageTransition(to, on!.Value, Blank(CategoryOfAbuse), Blank(ClosureReason), AssessmentFactors);
        var outcome = await authorisations.ProposeAsync(id, move, Token, CurrentStaff.From(User), IncludeSiblings, StartingValues.Read(StartedFrom), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved(outcome.Value.Awaiting is null ? "Case moved" : "Sent to a team manager for authorisation. The case moves when they authorise it", $"~/cases/{id}");
        }

        if (outcome.Failure is Failure.Conflict conflict)
        {
            if (!await Load(id, cancellationToken))
            {
                return NotFound();
            }

            // Only the version whose changes are shown may be moved on; one saved since is again a conflict.
            if (Case.ConcurrencyToken.ToString() == conflict.Version)
            {
                StartFrom(Case);
            }

            ModelState.Clear();
        }

        return Failed(outcome.Failure);
    }

    /// <summary>Bases the form on this version of the case: a move made now is made from it.</summary>
    private void StartFrom(CaseRecord record)
    {
        Token = record.ConcurrencyToken;
        StartedFrom = StartingValues.Write(CaseFields.Of(record));
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(User), cancellationToken) is not { } opened)
        {
            return false;
        }

        (Child, Case) = opened;
        Due = dueDates.For(Case, policy.Value);
        Maps = await maps.VersionsAsync(id, cancellationToken);
        EnquiryOutcomes = await enquiries.OfCaseAsync(id, cancellationToken);
        var requests = await authorisations.ForCaseAsync(id, cancellationToken);
        LatestRequest = requests.Count == 0 ? null : requests[0];
        Siblings = await caseloads.SiblingGroupAsync(Case, CurrentStaff.From(User), cancellationToken);
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
