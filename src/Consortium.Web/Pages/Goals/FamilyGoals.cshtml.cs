using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Goals;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Goals;

/// <summary>A case's family goals in the family's own words with every rating; staff who record casework add goals here.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class FamilyGoalsModel(FamilyGoalService goals) : FormPageModel
{
    public Practice.Goals.FamilyGoals View { get; private set; } = null!;

    [BindProperty] public string? Words { get; set; }
    [BindProperty] public string? Score { get; set; }
    [BindProperty] public DateInput RatedOn { get; set; } = new();

    public TextAreaField WordsField => new(nameof(Words), "The goal, in the family's own words", Words, ErrorFor(nameof(Words)), "Write it as the family said it", 3);
    public SelectField ScoreField => new(nameof(Score), "The family's rating at the start", GoalScores.Options, Score, ErrorFor(nameof(Score)), "0 is nowhere near the goal, 10 is the goal reached");
    public DateField RatedOnField => new(nameof(RatedOn), "Date of the rating", RatedOn, ErrorFor(nameof(RatedOn)));

    public bool CanRecord => User.IsInRole("Practitioner") || User.IsInRole("TeamManager");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        RatedOn = DateInput.From(DateOnly.FromDateTime(DateTime.UtcNow));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var csv = new CsvTable(["goal", "stage", "rated_on", "score", "achieved"]);
        foreach (var goal in View.Goals)
        {
            foreach (var rating in goal.Ratings.OrderBy(r => r.RatedOn).ThenBy(r => r.Stage))
            {
                csv.Row([goal.Words, Stages.Name(rating.Stage), rating.RatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rating.Score.ToString(CultureInfo.InvariantCulture),
                    rating.Stage == GoalStage.Closure ? (View.IsAchieved(goal) ? "yes" : "no") : ""]);
            }
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"family_goals_{View.Case.Reference}.csv");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        var (on, dateError) = RatedOn.Parse("The date of the rating");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(RatedOn), dateError));
            return await Load(id, cancellationToken) ? Invalid() : NotFound();
        }

        var input = new GoalInput { Words = Words, Score = GoalScores.Parse(Score), RatedOn = on };
        var outcome = await goals.AddAsync(id, input, CurrentStaff.From(User), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved("Goal added", $"~/cases/{id}/goals");
        }

        return await Load(id, cancellationToken) ? Failed(outcome.Failure) : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await goals.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }
}
