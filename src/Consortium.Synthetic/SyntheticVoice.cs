using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Goals;

namespace Consortium.Synthetic;

/// <summary>
/// The families' and children's voice of a synthetic history: each assessed episode has one to three family goals,
/// rated at the start, at reviews about every three months and, once the episode has closed, at closure; four in
/// five pieces of direct work record the child's view. Each authority has its own share of goals achieved and of
/// children who say the plan makes them safe (by its slug), so the hub has something to compare. Drawn from a random
/// source of their own, so the rest of the history is the same with them as without.
/// </summary>
internal sealed class SyntheticVoice(string slug, int seed, DateOnly today)
{
    private static readonly string[] Goals =
    [
        "We want the children to be safe when we argue.",
        "The children go to school every day.",
        "Mum gets help with her drinking and the children know who to call.",
        "Dad keeps to the plan when he has contact.",
        "We keep the house safe and clean for the baby.",
    ];

    private readonly Random _random = new(seed ^ 0x60A15);
    private readonly int _progress = 1 + (int)((DemoSeeder.StableSeed(slug) >> 8) & 0x3);
    private readonly double _feelsSafe = 0.5 + (0.35 * ((DemoSeeder.StableSeed(slug) >> 16) & 0xFF) / 255.0);

    public void Add(PracticeDbContext db, CaseRecord record)
    {
        AddGoals(db, record);
        foreach (var work in db.DirectWork.Local.Where(w => w.CaseId == record.Id))
        {
            if (_random.NextDouble() < 0.8)
            {
                work.ExplainedWorries = Answer(0.75);
                work.StoryHelped = work.Tool == DirectWorkTool.WordsAndPictures ? Answer(0.7) : ChildViewAnswer.NotAsked;
                work.PlanMakesSafe = Answer(_feelsSafe);
            }
        }
    }

    private void AddGoals(PracticeDbContext db, CaseRecord record)
    {
        if (record.AssessmentStart is not { } start || start > today)
        {
            return;
        }

        var closedOn = record.ClosedOn is { } closed && closed <= today ? closed : (DateOnly?)null;
        var until = closedOn ?? today;
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var goal = new FamilyGoal { CaseId = record.Id, Words = Goals[_random.Next(Goals.Length)], AddedBy = record.WorkerName, AddedAt = At(start) };
            var score = _random.Next(0, 5);
            goal.Ratings.Add(Rating(goal, GoalStage.Start, start, score, record.WorkerName));
            for (var on = start.AddMonths(3); on < until; on = on.AddMonths(3))
            {
                score = Math.Clamp(score + _random.Next(-1, _progress + 2), 0, 10);
                goal.Ratings.Add(Rating(goal, GoalStage.Review, on, score, record.WorkerName));
            }

            if (closedOn is { } end)
            {
                score = Math.Clamp(score + _random.Next(-1, _progress + 3), 0, 10);
                goal.Ratings.Add(Rating(goal, GoalStage.Closure, end, score, record.WorkerName));
            }

            goal.Version = goal.Ratings.Count;
            db.FamilyGoals.Add(goal);
        }
    }

    private ChildViewAnswer Answer(double yes) =>
        _random.NextDouble() < yes ? ChildViewAnswer.Yes : _random.Next(2) == 0 ? ChildViewAnswer.Partly : ChildViewAnswer.No;

    private static GoalRating Rating(FamilyGoal goal, GoalStage stage, DateOnly on, int score, string worker) =>
        new() { GoalId = goal.Id, CaseId = goal.CaseId, Stage = stage, RatedOn = on, Score = score, RecordedBy = worker, RecordedAt = At(on) };

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
}
