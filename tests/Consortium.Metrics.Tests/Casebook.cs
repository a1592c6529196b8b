using Consortium.Practice.Audits;
using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Goals;
using Consortium.Practice.Maps;
using Consortium.Practice.SafetyPlanning;

namespace Consortium.Metrics.Tests;

/// <summary>
/// Hand-built casework for the indicator tests, written straight to an authority's practice database. References
/// are numbered from <paramref name="firstNumber"/>, so several casebooks can write to one database.
/// </summary>
public sealed class Casebook(PracticeDbContext db, int firstNumber = 0)
{
    private int _next = firstNumber;

    public Child Child(string givenName = "Test", string familyName = "Child")
    {
        var child = new Child { Reference = $"C-{++_next:000000}", GivenName = givenName, FamilyName = familyName, DateOfBirth = new DateOnly(2015, 1, 1) };
        db.Children.Add(child);
        return child;
    }

    /// <summary>A referral on <paramref name="referred"/>, moved through the given stages by the product's own stage rules.</summary>
    public CaseRecord Case(Child child, DateOnly referred, params (CaseStage To, DateOnly On)[] moves)
    {
        var record = new CaseRecord
        {
            ChildId = child.Id, Reference = $"R-{++_next:000000}", Stage = CaseStage.Referral, ReferralDate = referred,
            ReferralSource = ReferralSource.List.FromStored("1A"), PrimaryNeed = PrimaryNeed.AbuseOrNeglect, WorkerSubject = "worker", WorkerName = "Worker", Team = "Team",
        };
        foreach (var (to, on) in moves)
        {
            StageRules.Apply(record, new StageTransition(to, on, to == CaseStage.ChildProtectionPlan ? "NEG" : null, to == CaseStage.Closed ? "RC7" : null), "test", DateTimeOffset.UnixEpoch);
        }

        db.Cases.Add(record);
        return record;
    }

    public SafetyMap Map(CaseRecord record, DateOnly on, int version, params (string? Agency, int Score)[] overall)
    {
        var map = new SafetyMap { CaseId = record.Id, ChildId = record.ChildId, Version = version, MapDate = on, UpdatedBy = "test" };
        db.SafetyMaps.Add(map);
        foreach (var (agency, score) in overall)
        {
            db.SafetyRatings.Add(new SafetyRating
            {
                MapId = map.Id, PersonName = "Person", PersonRole = agency is null ? "Parent" : "Worker", Agency = agency,
                Score = score, Why = "Test", RatedOn = on, RecordedBy = "test",
            });
        }

        return map;
    }

    public void Network(CaseRecord record, int knowing, int notKnowing = 0)
    {
        for (var i = 0; i < knowing + notKnowing; i++)
        {
            db.SafetyNetwork.Add(new SafetyNetworkMember { CaseId = record.Id, Name = $"Member {i}", Relationship = "Aunt", Role = "Visits", KnowsDangerStatements = i < knowing });
        }
    }

    public void Plan(CaseRecord record, int revision, PlanStatus status) =>
        db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = record.Id, Revision = revision, Status = status, RevisedBy = "test" });

    public void DirectWork(CaseRecord record, DirectWorkTool tool, DateOnly on) =>
        db.DirectWork.Add(new DirectWorkRecord { CaseId = record.Id, ChildId = record.ChildId, Tool = tool, DoneOn = on, Worker = "test" });

    public void Review(CaseRecord record, DateOnly heldOn) =>
        db.ReviewConferences.Add(new ReviewConference { CaseId = record.Id, PlanStart = record.ProtectionPlanStart!.Value, HeldOn = heldOn, Outcome = ReviewOutcome.ContinuePlan, RecordedBy = "test" });

    /// <summary>
    /// A case-file audit of <paramref name="record"/> for the month of <paramref name="month"/>: completed on
    /// <paramref name="completedOn"/> with <paramref name="grade"/> (and moderated to <paramref name="moderated"/>), or only
    /// allocated when <paramref name="completedOn"/> is null.
    /// </summary>
    public CaseAudit Audit(CaseRecord record, DateOnly month, DateOnly? completedOn, int? grade, int? moderated = null)
    {
        var audit = new CaseAudit
        {
            CaseId = record.Id, ChildId = record.ChildId, Month = new DateOnly(month.Year, month.Month, 1), Reason = "Random sample", Team = "Team",
            WorkerName = "Worker", AuditorName = "Auditor", DueOn = month.AddDays(28), Status = completedOn is null ? AuditStatus.Allocated : AuditStatus.Completed,
            Grade = completedOn is null ? null : grade, CompletedOn = completedOn, NeedsModeration = moderated is not null, ModeratedGrade = moderated,
        };
        db.CaseAudits.Add(audit);
        return audit;
    }

    /// <summary>A family goal on <paramref name="record"/> rated <paramref name="start"/> at the start, and at closure on <paramref name="closedOn"/> with <paramref name="closure"/> if given.</summary>
    public FamilyGoal Goal(CaseRecord record, DateOnly startedOn, int start, DateOnly? closedOn = null, int? closure = null)
    {
        var goal = new FamilyGoal { CaseId = record.Id, Words = "Test goal", AddedBy = "test" };
        goal.Ratings.Add(new GoalRating { GoalId = goal.Id, CaseId = record.Id, Stage = GoalStage.Start, RatedOn = startedOn, Score = start, RecordedBy = "test" });
        if (closedOn is { } on && closure is { } score)
        {
            goal.Ratings.Add(new GoalRating { GoalId = goal.Id, CaseId = record.Id, Stage = GoalStage.Closure, RatedOn = on, Score = score, RecordedBy = "test" });
        }

        db.FamilyGoals.Add(goal);
        return goal;
    }

    /// <summary>Direct work on <paramref name="on"/> at which the child answered <paramref name="planMakesSafe"/> to "does the plan make you feel safe?".</summary>
    public void ChildView(CaseRecord record, DateOnly on, ChildViewAnswer planMakesSafe, ChildViewAnswer explainedWorries = ChildViewAnswer.Yes) =>
        db.DirectWork.Add(new DirectWorkRecord
        {
            CaseId = record.Id, ChildId = record.ChildId, Tool = DirectWorkTool.WordsAndPictures, DoneOn = on, Worker = "test",
            ExplainedWorries = explainedWorries, PlanMakesSafe = planMakesSafe,
        });

    public Task SaveAsync() => db.SaveChangesAsync();
}
