using System.Globalization;
using Consortium.Practice.Goals;
using Consortium.Practice.Outcomes;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Goals;

/// <summary>Rate one of the family's goals at a review or at closure.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class RateGoalModel(FamilyGoalService goals) : FormPageModel
{
    public Practice.Goals.FamilyGoals View { get; private set; } = null!;
    public FamilyGoal Goal { get; private set; } = null!;

    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public string? Score { get; set; }
    [BindProperty] public DateInput RatedOn { get; set; } = new();
    [BindProperty] public int BasedOnVersion { get; set; }

    private static readonly Dictionary<string, string> StageOptions = new()
    {
        [nameof(GoalStage.Review)] = "At a review",
        [nameof(GoalStage.Closure)] = "At closure (the last rating)",
    };

    public SelectField StageField => new(nameof(Stage), "When the family rated it", StageOptions, Stage, ErrorFor(nameof(Stage)));
    public SelectField ScoreField => new(nameof(Score), "The family's rating", GoalScores.Options, Score, ErrorFor(nameof(Score)), "0 is nowhere near the goal, 10 is the goal reached");
    public DateField RatedOnField => new(nameof(RatedOn), "Date of the rating", RatedOn, ErrorFor(nameof(RatedOn)));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        if (!await Load(id, goalId, cancellationToken))
        {
            return NotFound();
        }

        BasedOnVersion = Goal.Version;
        RatedOn = DateInput.From(DateOnly.FromDateTime(DateTime.UtcNow));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        var (on, dateError) = RatedOn.Parse("The date of the rating");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(RatedOn), dateError));
            return await Load(id, goalId, cancellationToken) ? Invalid() : NotFound();
        }

        var input = new RatingInput { Stage = Enum.TryParse<GoalStage>(Stage, out var stage) ? stage : null, Score = GoalScores.Parse(Score), RatedOn = on };
        var outcome = await goals.RateAsync(id, goalId, input, BasedOnVersion, CurrentStaff.From(User), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved("Rating saved", $"~/cases/{id}/goals");
        }

        if (!await Load(id, goalId, cancellationToken))
        {
            return NotFound();
        }

        if (outcome.Failure is Failure.Conflict { Version: { } version })
        {
            // The person has now been shown the other rating; saving again is based on it.
            BasedOnVersion = int.Parse(version, CultureInfo.InvariantCulture);
            ModelState.Remove(nameof(BasedOnVersion));
        }

        return Failed(outcome.Failure);
    }

    private async Task<bool> Load(Guid id, Guid goalId, CancellationToken cancellationToken)
    {
        if (await goals.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view || view.Goals.FirstOrDefault(g => g.Id == goalId) is not { } goal)
        {
            return false;
        }

        (View, Goal) = (view, goal);
        return true;
    }
}
