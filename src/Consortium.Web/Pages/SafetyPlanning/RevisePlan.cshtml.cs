using System.Globalization;
using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.SafetyPlanning;

/// <summary>Write the next revision of the safety plan, starting from the current one.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class RevisePlanModel(SafetyPlanningService planning, StaffDirectory directory) : FormPageModel
{
    public const int BlankRules = 2;

    public Practice.SafetyPlanning.SafetyPlanning View { get; private set; } = null!;

    [BindProperty] public string? Status { get; set; }
    [BindProperty] public List<RuleInput> Rules { get; set; } = [];
    [BindProperty] public string? WarningSigns { get; set; }
    [BindProperty] public string? BottomLines { get; set; }
    [BindProperty] public string? ChildsVersion { get; set; }
    [BindProperty] public DateInput ReviewOn { get; set; } = new();
    [BindProperty] public List<Guid> AgreedByStaff { get; set; } = [];
    [BindProperty] public List<Guid> AgreedByFamily { get; set; } = [];
    [BindProperty] public DateInput AgreedOn { get; set; } = new();
    [BindProperty] public int BasedOn { get; set; }

    /// <summary>Current staff from the directory, who may be chosen as having agreed the plan.</summary>
    public IReadOnlyList<StaffChoice> StaffChoices { get; private set; } = [];

    /// <summary>The child's family and the case's safety network, who may be chosen as having agreed the plan.</summary>
    public IReadOnlyList<PlanAgreer> FamilyChoices { get; private set; } = [];

    public SelectField StatusField => new(nameof(Status), "Status", Enum.GetValues<PlanStatus>().ToDictionary(s => s.ToString(), s => s.ToString()), Status, ErrorFor(nameof(Status)));
    public TextAreaField WarningSignsField => new(nameof(WarningSigns), "Warning signs, and what the network does then", WarningSigns, ErrorFor(nameof(WarningSigns)));
    public TextAreaField BottomLinesField => new(nameof(BottomLines), "Bottom lines", BottomLines, ErrorFor(nameof(BottomLines)));
    public TextAreaField ChildsVersionField => new(nameof(ChildsVersion), "The child's version of the plan", ChildsVersion, ErrorFor(nameof(ChildsVersion)));
    public DateField ReviewOnField => new(nameof(ReviewOn), "Review the plan by (optional)", ReviewOn, ErrorFor(nameof(ReviewOn)));
    public CheckboxesField AgreedByStaffField => new(nameof(AgreedByStaff), "Staff who agreed the plan", StaffChoices.ToDictionary(c => c.Id.ToString(), c => c.Label), [.. AgreedByStaff.Select(i => i.ToString())], ErrorFor(nameof(AgreedByStaff)), "Current staff from the staff directory.");
    public CheckboxesField AgreedByFamilyField => new(nameof(AgreedByFamily), "Family and network who agreed the plan", FamilyChoices.DistinctBy(f => f.PersonId).ToDictionary(f => f.PersonId.ToString(), f => f.Label), [.. AgreedByFamily.Select(i => i.ToString())], ErrorFor(nameof(AgreedByFamily)), "The child's family from their record, and the safety network.");
    public DateField AgreedOnField => new(nameof(AgreedOn), "Date the plan was agreed", AgreedOn, ErrorFor(nameof(AgreedOn)), "Needed when the plan is agreed. For example, 27 3 2026");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        BasedOn = View.Current?.Revision ?? 0;
        foreach (var field in new[] { nameof(PlanInput.Status), nameof(PlanInput.Rules), nameof(PlanInput.WarningSigns), nameof(PlanInput.BottomLines), nameof(PlanInput.ChildsVersion), nameof(PlanInput.ReviewOn), PlanFields.AgreedBy, nameof(PlanInput.AgreedOn) })
        {
            Take(field);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var (review, reviewError) = ReviewOn.Parse("The review date");
        var (agreedOn, agreedOnError) = AgreedOn.Parse("The date the plan was agreed");
        if (reviewError is not null || agreedOnError is not null)
        {
            foreach (var (field, error) in new[] { (nameof(ReviewOn), reviewError), (nameof(AgreedOn), agreedOnError) })
            {
                if (error is not null)
                {
                    Errors.Add(new(field, error));
                }
            }

            return Invalid();
        }

        var input = new PlanInput
        {
            Status = Enum.TryParse<PlanStatus>(Status, out var status) ? status : null,
            Rules = [.. Rules.Select(r => (r.Rule, (IReadOnlyList<Guid>)r.Responsible))],
            WarningSigns = WarningSigns,
            BottomLines = BottomLines,
            ChildsVersion = ChildsVersion,
            ReviewOn = review,
            AgreedByStaff = AgreedByStaff,
            AgreedByFamily = AgreedByFamily,
            AgreedOn = agreedOn,
        };
        var outcome = await planning.ReviseAsync(id, input, BasedOn, CurrentStaff.From(User), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved("Safety plan saved as a new revision", $"~/cases/{id}/safety");
        }

        if (outcome.Failure is Failure.Conflict conflict)
        {
            if (!await Load(id, cancellationToken))
            {
                return NotFound();
            }

            // Only the revision whose changes are shown may be revised; one saved since is again a conflict.
            if ((View.Current?.Revision ?? 0).ToString(CultureInfo.InvariantCulture) == conflict.Version)
            {
                TakeTheirs(conflict, Take);
                BasedOn = View.Current?.Revision ?? 0;
            }

            ModelState.Clear();
        }

        return Failed(outcome.Failure);
    }

    protected override string InputKeptAfterConflict => "Your own changes are in the form and have not been saved. Check them against theirs, then save again.";

    /// <summary>Puts one field of the current revision (or of an unwritten plan) into the form.</summary>
    private void Take(string field)
    {
        var current = View.Current;
        switch (field)
        {
            case nameof(PlanInput.Status):
                Status = (current?.Status ?? PlanStatus.Draft).ToString();
                break;
            case nameof(PlanInput.Rules):
                Rules = [.. (current?.Rules ?? []).Select(r => new RuleInput { Rule = r.Rule, Responsible = [.. r.ResponsibleMembers] }), .. Enumerable.Range(0, BlankRules).Select(_ => new RuleInput())];
                break;
            case nameof(PlanInput.WarningSigns):
                WarningSigns = current?.WarningSigns;
                break;
            case nameof(PlanInput.BottomLines):
                BottomLines = current?.BottomLines;
                break;
            case nameof(PlanInput.ChildsVersion):
                ChildsVersion = current?.ChildsVersion;
                break;
            case nameof(PlanInput.ReviewOn):
                ReviewOn = DateInput.From(current?.ReviewOn);
                break;
            case PlanFields.AgreedBy:
                AgreedByStaff = [.. (current?.AgreedBy ?? []).Where(a => a.Kind == AgreerKind.Staff).Select(a => a.PersonId)];
                AgreedByFamily = [.. (current?.AgreedBy ?? []).Where(a => a.Kind != AgreerKind.Staff).Select(a => a.PersonId)];
                break;
            case nameof(PlanInput.AgreedOn):
                AgreedOn = DateInput.From(current?.AgreedOn);
                break;
        }
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await planning.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        StaffChoices = await directory.ChooseFromAsync(cancellationToken: cancellationToken);
        FamilyChoices = await planning.FamilyToChooseAsync(view, cancellationToken);
        return true;
    }

    public sealed class RuleInput
    {
        public string? Rule { get; set; }
        public List<Guid> Responsible { get; set; } = [];
    }
}
