using System.Globalization;
using Consortium.Practice.Outcomes;
using Consortium.Practice.SafetyPlanning;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.SafetyPlanning;

/// <summary>Write the next revision of the safety plan, starting from the current one.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class RevisePlanModel(SafetyPlanningService planning) : FormPageModel
{
    public const int BlankRules = 2;

    public Practice.SafetyPlanning.SafetyPlanning View { get; private set; } = null!;

    [BindProperty] public string? Status { get; set; }
    [BindProperty] public List<RuleInput> Rules { get; set; } = [];
    [BindProperty] public string? WarningSigns { get; set; }
    [BindProperty] public string? BottomLines { get; set; }
    [BindProperty] public string? ChildsVersion { get; set; }
    [BindProperty] public DateInput ReviewOn { get; set; } = new();
    [BindProperty] public int BasedOn { get; set; }

    public SelectField StatusField => new(nameof(Status), "Status", Enum.GetValues<PlanStatus>().ToDictionary(s => s.ToString(), s => s.ToString()), Status, ErrorFor(nameof(Status)));
    public TextAreaField WarningSignsField => new(nameof(WarningSigns), "Warning signs, and what the network does then", WarningSigns, ErrorFor(nameof(WarningSigns)));
    public TextAreaField BottomLinesField => new(nameof(BottomLines), "Bottom lines", BottomLines, ErrorFor(nameof(BottomLines)));
    public TextAreaField ChildsVersionField => new(nameof(ChildsVersion), "The child's version of the plan", ChildsVersion, ErrorFor(nameof(ChildsVersion)));
    public DateField ReviewOnField => new(nameof(ReviewOn), "Review the plan by (optional)", ReviewOn, ErrorFor(nameof(ReviewOn)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        BasedOn = View.Current?.Revision ?? 0;
        foreach (var field in new[] { nameof(PlanInput.Status), nameof(PlanInput.Rules), nameof(PlanInput.WarningSigns), nameof(PlanInput.BottomLines), nameof(PlanInput.ChildsVersion), nameof(PlanInput.ReviewOn) })
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
        if (reviewError is not null)
        {
            Errors.Add(new(nameof(ReviewOn), reviewError));
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
        }
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await planning.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }

    public sealed class RuleInput
    {
        public string? Rule { get; set; }
        public List<Guid> Responsible { get; set; } = [];
    }
}
