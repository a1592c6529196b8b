using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Goals;

/// <summary>
/// The family's goals on a case, in their words, each rated 0 to 10 at the start, at reviews and at closure. Opening,
/// adding and rating are written to the child's access log; a restricted child's goals open only to those who may
/// open the child.
/// </summary>
public sealed class FamilyGoalService(PracticeDbContext db, IOptionsSnapshot<PracticePolicy> policy, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<FamilyGoals?> OpenAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not var (child, record))
        {
            return null;
        }

        AccessLogWriter.Add(db, child.Id, who, AccessAction.Viewed, "family goals", caseId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new FamilyGoals(record, child, await GoalsAsync(caseId, cancellationToken), policy.Value.Goals.AchievedAtOrAbove);
    }

    public async Task<Outcome<FamilyGoal>> AddAsync(Guid caseId, GoalInput input, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not var (child, record))
        {
            return new Failure.NotFound("case");
        }

        if (input.Validate(Today, record.ReferralDate) is { Count: > 0 } problems)
        {
            return new Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var goal = new FamilyGoal { CaseId = caseId, Words = input.Words!.Trim(), AddedBy = who.Name, AddedAt = now };
        goal.Ratings.Add(new GoalRating { GoalId = goal.Id, CaseId = caseId, Stage = GoalStage.Start, Score = input.Score!.Value, RatedOn = input.RatedOn!.Value, RecordedBy = who.Name, RecordedAt = now });
        db.FamilyGoals.Add(goal);
        AccessLogWriter.Add(db, child.Id, who, AccessAction.Created, "family goal", goal.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return goal;
    }

    /// <summary>Adds a rating at a review or at closure if the goal is still at <paramref name="basedOnVersion"/>.</summary>
    public async Task<Outcome<FamilyGoal>> RateAsync(Guid caseId, Guid goalId, RatingInput input, int basedOnVersion, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(who);
        if (await db.OpenableCaseAsync(caseId, who, cancellationToken) is not var (child, record))
        {
            return new Failure.NotFound("case");
        }

        var goal = await db.FamilyGoals.Include(g => g.Ratings).FirstOrDefaultAsync(g => g.Id == goalId && g.CaseId == caseId, cancellationToken);
        if (goal is null)
        {
            return new Failure.NotFound("goal");
        }

        if (goal.Version != basedOnVersion)
        {
            return db.Refuse(Conflict(goal));
        }

        if (input.Validate(Today, record.ReferralDate, goal) is { Count: > 0 } problems)
        {
            return db.Refuse(new Failure.Invalid(problems));
        }

        var now = clock.GetUtcNow();
        var rating = new GoalRating { GoalId = goal.Id, CaseId = caseId, Stage = input.Stage!.Value, Score = input.Score!.Value, RatedOn = input.RatedOn!.Value, RecordedBy = who.Name, RecordedAt = now };
        db.FamilyGoalRatings.Add(rating);
        goal.Version++;
        AccessLogWriter.Add(db, child.Id, who, AccessAction.Changed, "family goal", goal.Id, now);
        return await db.SaveOrFailAsync(
            async () => Conflict(await db.FamilyGoals.AsNoTracking().Include(g => g.Ratings).FirstAsync(g => g.Id == goalId, cancellationToken)),
            cancellationToken: cancellationToken) ?? (Outcome<FamilyGoal>)goal;
    }

    private async Task<IReadOnlyList<FamilyGoal>> GoalsAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var goals = await db.FamilyGoals.AsNoTracking().Include(g => g.Ratings).Where(g => g.CaseId == caseId).ToListAsync(cancellationToken);
        // A case has a handful of goals; ordered here because SQLite cannot order by a DateTimeOffset.
        return [.. goals.OrderBy(g => g.AddedAt)];
    }

    private static Failure.Conflict Conflict(FamilyGoal current)
    {
        var latest = current.Ratings.OrderBy(r => r.RecordedAt).Last();
        return new Failure.Conflict(
            $"{latest.RecordedBy} rated this goal {SavedAt.Words(latest.RecordedAt)}, while you were working on it",
            [$"{Stages.Name(latest.Stage)} rating: {latest.Score} out of 10 on {latest.RatedOn:d MMMM yyyy}"])
        { Version = current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }
}
