using Consortium.Practice.Access;
using Consortium.Practice.Audits;
using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Goals;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.ReadModel;
using Consortium.Practice.SafetyPlanning;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Leadership;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.ReadModel;

/// <summary>
/// The rows practice publishes for reading return what practice stored, from a database its migrations built: a change
/// to practice's tables that breaks one of the published queries fails here, in practice's own tests.
/// </summary>
public sealed class ReadModelTests : IAsyncLifetime
{
    private static readonly DateOnly Referred = new(2024, 5, 1);
    private readonly PracticeTestHost _host = new();
    private TenantInfo _brent = null!;
    private CaseRecord _case = null!;
    private SafetyMap _map = null!;
    private Guid _pair;
    private StaffRecord _worker = null!;

    public async Task InitializeAsync()
    {
        _brent = await _host.ProvisionedAsync("brent");
        await _host.As(_brent, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = new Child { Reference = "C-000001", GivenName = "Test", FamilyName = "Child" };
            _case = new CaseRecord
            {
                ChildId = child.Id, Reference = "R-000001", Stage = CaseStage.Referral, ReferralDate = Referred,
                ReferralSource = ReferralSource.List.FromStored("1A"), PrimaryNeed = PrimaryNeed.AbuseOrNeglect, WorkerSubject = "worker", WorkerName = "Worker", Team = "Team",
            };
            foreach (var move in new[]
            {
                new StageTransition(CaseStage.StrategyDiscussion, Referred.AddDays(2)),
                new StageTransition(CaseStage.Section47Enquiry, Referred.AddDays(3)),
                new StageTransition(CaseStage.InitialConference, Referred.AddDays(10)),
                new StageTransition(CaseStage.ChildProtectionPlan, Referred.AddDays(10), "NEG"),
                new StageTransition(CaseStage.Closed, Referred.AddDays(200), null, "RC8"),
            })
            {
                StageRules.Apply(_case, move, "test", DateTimeOffset.UnixEpoch);
            }

            _map = new SafetyMap { CaseId = _case.Id, ChildId = child.Id, Version = 2, MapDate = Referred.AddDays(20), UpdatedBy = "test", Pairs = [new DangerGoalPair { Statement = "S", Goal = "G" }] };
            _pair = _map.Pairs[0].Id;
            db.Children.Add(child);
            db.Cases.Add(_case);
            db.SafetyMaps.Add(_map);
            db.SafetyRatings.AddRange(
                new SafetyRating { MapId = _map.Id, PersonName = "Parent", PersonRole = "Mother", Score = 6, Why = "W", RatedOn = _map.MapDate, RecordedBy = "test" },
                new SafetyRating { MapId = _map.Id, PairId = _pair, PersonName = "Worker", PersonRole = "Worker", Agency = "Social care", Score = 3, Why = "W", RatedOn = _map.MapDate, RecordedBy = "test" });
            db.SafetyNetwork.Add(new SafetyNetworkMember { CaseId = _case.Id, Name = "Aunt", Relationship = "Aunt", Role = "Visits", KnowsDangerStatements = true });
            db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = _case.Id, Revision = 1, Status = PlanStatus.Agreed, RevisedBy = "test" });
            db.DirectWork.Add(new DirectWorkRecord { CaseId = _case.Id, ChildId = child.Id, Tool = DirectWorkTool.WizardsAndFairies, DoneOn = Referred.AddDays(30), Worker = "test", PlanMakesSafe = ChildViewAnswer.Partly });
            db.DirectWork.Add(new DirectWorkRecord { CaseId = _case.Id, ChildId = child.Id, Tool = DirectWorkTool.WordsAndPictures, DoneOn = Referred.AddDays(35), Worker = "test", ExplainedWorries = ChildViewAnswer.Yes, PlanMakesSafe = ChildViewAnswer.Yes });
            db.DirectWork.Add(new DirectWorkRecord { CaseId = _case.Id, ChildId = child.Id, Tool = DirectWorkTool.SafetyHouse, DoneOn = Referred.AddDays(36), Worker = "test", ExplainedWorries = ChildViewAnswer.Yes });
            var goal = new FamilyGoal { CaseId = _case.Id, Words = "Goal", AddedBy = "test" };
            goal.Ratings.AddRange(
                new GoalRating { GoalId = goal.Id, CaseId = _case.Id, Stage = GoalStage.Start, RatedOn = Referred.AddDays(5), Score = 2, RecordedBy = "test" },
                new GoalRating { GoalId = goal.Id, CaseId = _case.Id, Stage = GoalStage.Review, RatedOn = Referred.AddDays(100), Score = 5, RecordedBy = "test" },
                new GoalRating { GoalId = goal.Id, CaseId = _case.Id, Stage = GoalStage.Closure, RatedOn = Referred.AddDays(200), Score = 8, RecordedBy = "test" });
            db.FamilyGoals.Add(goal);
            db.ReviewConferences.Add(new ReviewConference { CaseId = _case.Id, PlanStart = Referred.AddDays(10), HeldOn = Referred.AddDays(100), Outcome = ReviewOutcome.ContinuePlan, RecordedBy = "test" });
            db.CaseAudits.AddRange(
                Audit(AuditStatus.Closed, grade: 2, moderated: 3, completed: Referred.AddDays(40)),
                Audit(AuditStatus.Completed, grade: 1, moderated: null, completed: Referred.AddDays(41)),
                Audit(AuditStatus.Allocated, grade: null, moderated: null, completed: null));
            _worker = new StaffRecord
            {
                GivenName = "Sam", FamilyName = "Worker", SignInName = "sam@brent.test", Role = StaffRole.TeamManager, JobTitle = "Team manager",
                StartDate = Referred, EndDate = Referred.AddDays(300), RegistrationNumber = "SW12345", Fte = 0.8m, Employment = Employment.Agency,
            };
            db.StaffRecords.AddRange(_worker, new StaffRecord
            {
                GivenName = "Pat", FamilyName = "Officer", SignInName = "pat@brent.test", Role = StaffRole.QualityAssurance, JobTitle = "QA officer",
                StartDate = Referred, Fte = 1m, Employment = Employment.Employed,
            });
            db.TrainingRecords.Add(new TrainingRecord { StaffId = _worker.Id, Level = "advanced", CompletedOn = Referred.AddDays(50), Source = TrainingSource.External, Evidence = "Certificate", RecordedBy = "test" });
            db.PracticeLeaders.Add(new PracticeLeader { StaffId = _worker.Id, From = Referred.AddDays(60), Until = Referred.AddDays(90), RecordedBy = "test" });
            await db.SaveChangesAsync();
            return 0;
        });
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private CaseAudit Audit(AuditStatus status, int? grade, int? moderated, DateOnly? completed) => new()
    {
        CaseId = _case.Id, ChildId = _case.ChildId, Month = Referred.AddDays(31), Reason = "Random sample", Team = "Team", WorkerName = "Worker",
        AuditorName = "Auditor", DueOn = Referred.AddDays(60), Status = status, Grade = grade, ModeratedGrade = moderated, CompletedOn = completed,
    };

    private string BrentsDatabase => Path.Combine(_host.DataDirectory, "tenants", "brent.db");

    [Fact]
    public async Task Each_published_row_reads_what_practice_stored()
    {
        await using var reader = ReadModelReader.Open(BrentsDatabase, _brent);

        var episode = await reader.Set<CaseRow>().SingleAsync();
        Assert.Equal(
            new CaseRow
            {
                Id = _case.Id, TenantId = _brent.Id, ChildId = _case.ChildId, ReferralDate = Referred, AssessmentAuthorised = null,
                StrategyDiscussion = Referred.AddDays(2), InitialConference = Referred.AddDays(10), ClosedOn = Referred.AddDays(200), ClosureReason = ClosureReason.NoFurtherAction,
            },
            episode);
        var moves = await reader.Set<StageChangeRow>().OrderBy(h => h.Id).ToListAsync();
        Assert.Equal(
            [("Referral", "StrategyDiscussion"), ("StrategyDiscussion", StageNames.Section47Enquiry), (StageNames.Section47Enquiry, "InitialConference"),
                ("InitialConference", StageNames.ChildProtectionPlan), (StageNames.ChildProtectionPlan, "Closed")],
            moves.Select(h => (h.From, h.To)));
        Assert.All(moves, h => Assert.Equal(_case.Id, h.CaseId));
        Assert.Equal(Referred.AddDays(10), moves[3].EffectiveOn);
        Assert.Equal(new ReviewConferenceRow { TenantId = _brent.Id, CaseId = _case.Id, PlanStart = Referred.AddDays(10), HeldOn = Referred.AddDays(100) }, await reader.Set<ReviewConferenceRow>().SingleAsync());
        Assert.Equal(new SafetyMapRow { Id = _map.Id, TenantId = _brent.Id, CaseId = _case.Id, Version = 2, MapDate = Referred.AddDays(20) }, await reader.Set<SafetyMapRow>().SingleAsync());
        Assert.Equal(
            [new SafetyRatingRow { TenantId = _brent.Id, MapId = _map.Id, PairId = null, Agency = null, Score = 6 }, new SafetyRatingRow { TenantId = _brent.Id, MapId = _map.Id, PairId = _pair, Agency = "Social care", Score = 3 }],
            await reader.Set<SafetyRatingRow>().OrderByDescending(r => r.Score).ToListAsync());
        Assert.Equal(new SafetyNetworkMemberRow { TenantId = _brent.Id, CaseId = _case.Id, KnowsDangerStatements = true }, await reader.Set<SafetyNetworkMemberRow>().SingleAsync());
        Assert.Equal(new SafetyPlanRevisionRow { TenantId = _brent.Id, CaseId = _case.Id, Revision = 1, Status = PlanStatusNames.Agreed }, await reader.Set<SafetyPlanRevisionRow>().SingleAsync());
        Assert.Equal(new DirectWorkRow { TenantId = _brent.Id, CaseId = _case.Id, Tool = DirectWorkToolNames.WizardsAndFairies, DoneOn = Referred.AddDays(30) }, await reader.Set<DirectWorkRow>().OrderBy(w => w.DoneOn).FirstAsync());
    }

    [Fact]
    public async Task A_goal_is_a_row_once_rated_at_closure_and_direct_work_once_the_child_was_asked_whether_the_plan_makes_them_safe()
    {
        await using var reader = ReadModelReader.Open(BrentsDatabase, _brent);

        Assert.Equal(new GoalClosureRow { TenantId = _brent.Id, CaseId = _case.Id, RatedOn = Referred.AddDays(200), Score = 8 }, await reader.Set<GoalClosureRow>().SingleAsync());
        Assert.Equal(
            [
                new ChildViewRow { TenantId = _brent.Id, CaseId = _case.Id, DoneOn = Referred.AddDays(30), FeelsSafe = false },
                new ChildViewRow { TenantId = _brent.Id, CaseId = _case.Id, DoneOn = Referred.AddDays(35), FeelsSafe = true },
            ],
            await reader.Set<ChildViewRow>().OrderBy(v => v.DoneOn).ToListAsync());
    }

    [Fact]
    public async Task An_audit_is_a_row_once_completed_with_the_moderators_grade_where_moderated_and_whether_it_is_good_or_better()
    {
        await using var reader = ReadModelReader.Open(BrentsDatabase, _brent);

        Assert.Equal(
            [
                new CaseAuditRow { TenantId = _brent.Id, CaseId = _case.Id, CompletedOn = Referred.AddDays(40), FinalGrade = 3, GoodOrBetter = false },
                new CaseAuditRow { TenantId = _brent.Id, CaseId = _case.Id, CompletedOn = Referred.AddDays(41), FinalGrade = 1, GoodOrBetter = true },
            ],
            await reader.Set<CaseAuditRow>().OrderBy(a => a.CompletedOn).ToListAsync());
    }

    [Fact]
    public async Task Staff_rows_say_who_is_a_social_worker_and_who_is_agency_with_their_training_and_practice_leader_terms()
    {
        await using var reader = ReadModelReader.Open(BrentsDatabase, _brent);

        var staff = (await reader.Set<StaffRow>().ToListAsync()).OrderBy(s => s.Role).ToList();
        Assert.Equal(
            [
                (StaffRole.TeamManager, Referred, (DateOnly?)Referred.AddDays(300), true, true),
                (StaffRole.QualityAssurance, Referred, (DateOnly?)null, false, false),
            ],
            staff.Select(s => (s.Role, s.StartDate, s.EndDate, s.SocialWorker, s.Agency)));
        Assert.Equal(new TrainingCompletionRow { TenantId = _brent.Id, StaffId = _worker.Id, Level = "advanced", CompletedOn = Referred.AddDays(50) }, await reader.Set<TrainingCompletionRow>().SingleAsync());
        Assert.Equal(new PracticeLeaderRow { TenantId = _brent.Id, StaffId = _worker.Id, From = Referred.AddDays(60), Until = Referred.AddDays(90) }, await reader.Set<PracticeLeaderRow>().SingleAsync());
    }

    [Fact]
    public async Task A_reader_bound_to_another_authority_reads_none_of_the_rows_even_in_the_same_database()
    {
        var wakefield = await _host.ProvisionedAsync("wakefield");
        await using var reader = ReadModelReader.Open(BrentsDatabase, wakefield);

        Assert.False(await reader.Set<CaseRow>().AnyAsync());
        Assert.False(await reader.Set<StageChangeRow>().AnyAsync());
        Assert.False(await reader.Set<ReviewConferenceRow>().AnyAsync());
        Assert.False(await reader.Set<SafetyMapRow>().AnyAsync());
        Assert.False(await reader.Set<SafetyRatingRow>().AnyAsync());
        Assert.False(await reader.Set<SafetyNetworkMemberRow>().AnyAsync());
        Assert.False(await reader.Set<SafetyPlanRevisionRow>().AnyAsync());
        Assert.False(await reader.Set<DirectWorkRow>().AnyAsync());
        Assert.False(await reader.Set<CaseAuditRow>().AnyAsync());
        Assert.False(await reader.Set<GoalClosureRow>().AnyAsync());
        Assert.False(await reader.Set<ChildViewRow>().AnyAsync());
        Assert.False(await reader.Set<StaffRow>().AnyAsync());
        Assert.False(await reader.Set<TrainingCompletionRow>().AnyAsync());
        Assert.False(await reader.Set<PracticeLeaderRow>().AnyAsync());
    }

    [Fact]
    public void The_published_rows_are_keyless_and_read_through_queries_not_tables()
    {
        using var reader = ReadModelReader.Open(BrentsDatabase, _brent);

        Assert.Equal(14, reader.Model.GetEntityTypes().Count());
        Assert.All(reader.Model.GetEntityTypes(), row =>
        {
            Assert.Equal("Consortium.Practice.ReadModel", row.ClrType.Namespace);
            Assert.Null(row.FindPrimaryKey());
            Assert.Null(row.GetTableName());
            Assert.NotNull(row.GetSqlQuery());
        });
    }
}
