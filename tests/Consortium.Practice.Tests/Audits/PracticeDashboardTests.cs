using Consortium.Practice.Audits;
using Consortium.Practice.Audits.Dashboard;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.SafetyPlanning;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Audits;

public sealed class PracticeDashboardTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Each_open_case_is_checked_against_the_practice_checklist_by_the_latest_map_and_the_policy()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var cases = await world.CasesAsync("Team A", 3);
        var (full, bare, oldMap) = (cases[0], cases[1], cases[2]);
        await world.As(async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var older = new SafetyMap { CaseId = full.Id, ChildId = full.ChildId, Version = 1, MapDate = Today.AddDays(-200), Pairs = [new() { Statement = "Old worry", Goal = "Old goal" }] };
            var current = new SafetyMap { CaseId = full.Id, ChildId = full.ChildId, Version = 2, MapDate = Today.AddDays(-10), Pairs = [new() { Statement = "Dad hits Mum when he drinks", Goal = "" }, new() { Statement = "", Goal = "Mum and the children are safe at night" }] };
            var draft = new SafetyMap { CaseId = full.Id, ChildId = full.ChildId, Version = 3, IsDraft = true, MapDate = Today };
            var stale = new SafetyMap { CaseId = oldMap.Id, ChildId = oldMap.ChildId, Version = 1, MapDate = Today.AddDays(-120), Pairs = [new() { Statement = "Worry", Goal = "Goal" }] };
            db.SafetyMaps.AddRange(older, current, draft, stale);
            db.SafetyRatings.Add(new SafetyRating { MapId = current.Id, PersonName = "Mum", PersonRole = "Parent", Score = 4, RatedOn = Today, RecordedBy = "Wendy Worker" });
            db.SafetyRatings.Add(new SafetyRating { MapId = stale.Id, PersonName = "Mum", PersonRole = "Parent", Score = 4, RatedOn = Today, RecordedBy = "Wendy Worker" });
            db.SafetyNetwork.AddRange(Enumerable.Range(1, 3).Select(i => new SafetyNetworkMember { CaseId = full.Id, Name = $"Person {i}", Relationship = "Aunt" }));
            db.SafetyNetwork.AddRange(Enumerable.Range(1, 2).Select(i => new SafetyNetworkMember { CaseId = oldMap.Id, Name = $"Person {i}", Relationship = "Aunt" }));
            db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = full.Id, Revision = 1, Status = PlanStatus.Agreed, RevisedBy = "Wendy Worker" });
            db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = oldMap.Id, Revision = 1, Status = PlanStatus.Agreed, RevisedBy = "Wendy Worker" });
            db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = oldMap.Id, Revision = 2, Status = PlanStatus.Draft, RevisedBy = "Wendy Worker" });
            db.DirectWork.Add(new DirectWorkRecord { CaseId = full.Id, ChildId = full.ChildId, Tool = DirectWorkTool.WordsAndPictures, DoneOn = Today, Worker = "Wendy Worker" });
            return await db.SaveChangesAsync();
        });

        var view = (await world.As(sp => sp.GetRequiredService<PracticeDashboard>().ForAsync("Team A", world.AsQuinn)))!;

        var rows = view.Cases.ToDictionary(r => r.CaseId);
        Assert.Equal(7, rows[full.Id].Met);
        Assert.Equal(0, rows[bare.Id].Met);
        // The stale map is past the 90-day review interval and its rating past the 60-day checklist window; 2 is short of a network of 3; the latest plan is a draft.
        Assert.Equal((false, true, true, false, false, false), (rows[oldMap.Id].CurrentMap, rows[oldMap.Id].DangerStatements, rows[oldMap.Id].SafetyGoals, rows[oldMap.Id].ScaledRecently, rows[oldMap.Id].Network, rows[oldMap.Id].AgreedSafetyPlan));
        var summary = Assert.Single(view.Checklist);
        Assert.Equal((3, 1, 2, 1), (summary.Cases, summary.CurrentMap, summary.DangerStatements, summary.ScaledRecently));
    }

    [Fact]
    public async Task The_authority_counts_only_open_cases_each_by_its_newest_saved_map_and_plan_and_scales_on_any_recent_saved_map()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var a = await world.CasesAsync("Team A", 2);
        var b = await world.CasesAsync("Team B", 1);
        var closed = await world.CasesAsync("Team A", 1, CaseStage.Closed);
        var (emptiedMap, oldScale, planned, shut) = (a[0], a[1], b[0], closed[0]);
        await world.As(async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            SafetyMap Map(CaseRecord c, int version, int daysAgo, bool pairs, bool draft = false) => new()
            {
                CaseId = c.Id, ChildId = c.ChildId, Version = version, MapDate = Today.AddDays(-daysAgo), IsDraft = draft,
                Pairs = pairs ? [new() { Statement = "Worry", Goal = "Goal" }] : [],
            };
            SafetyRating Rating(SafetyMap map) => new() { MapId = map.Id, PersonName = "Mum", PersonRole = "Parent", Score = 5, RatedOn = Today, RecordedBy = "Wendy Worker" };
            // The older, rated version is within 60 days and counts for scaling; the newer has no pairs and decides the rest.
            var ratedOlder = Map(emptiedMap, 1, 20, pairs: true);
            var emptied = Map(emptiedMap, 2, 5, pairs: false);
            // Rated only on a map past the window and on a draft, which counts for nothing.
            var ratedOld = Map(oldScale, 1, 100, pairs: true);
            var ratedDraft = Map(oldScale, 2, 0, pairs: true, draft: true);
            var shutMap = Map(shut, 1, 1, pairs: true);
            db.SafetyMaps.AddRange(ratedOlder, emptied, ratedOld, ratedDraft, shutMap);
            db.SafetyRatings.AddRange(Rating(ratedOlder), Rating(ratedOld), Rating(ratedDraft), Rating(shutMap));
            db.SafetyNetwork.AddRange(Enumerable.Range(1, 3).Select(i => new SafetyNetworkMember { CaseId = planned.Id, Name = $"Person {i}", Relationship = "Aunt" }));
            db.SafetyNetwork.AddRange(Enumerable.Range(1, 3).Select(i => new SafetyNetworkMember { CaseId = shut.Id, Name = $"Person {i}", Relationship = "Aunt" }));
            db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = planned.Id, Revision = 1, Status = PlanStatus.Draft, RevisedBy = "Will Worker" });
            db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = planned.Id, Revision = 2, Status = PlanStatus.Agreed, RevisedBy = "Will Worker" });
            db.SafetyPlans.Add(new SafetyPlanRevision { CaseId = shut.Id, Revision = 1, Status = PlanStatus.Agreed, RevisedBy = "Wendy Worker" });
            db.DirectWork.Add(new DirectWorkRecord { CaseId = planned.Id, ChildId = planned.ChildId, Tool = DirectWorkTool.ThreeHouses, DoneOn = Today, Worker = "Will Worker" });
            db.DirectWork.Add(new DirectWorkRecord { CaseId = shut.Id, ChildId = shut.ChildId, Tool = DirectWorkTool.WordsAndPictures, DoneOn = Today, Worker = "Wendy Worker" });
            return await db.SaveChangesAsync();
        });

        var view = (await world.As(sp => sp.GetRequiredService<PracticeDashboard>().ForAsync(null, world.AsQuinn)))!;

        var rows = view.Cases.ToDictionary(r => r.CaseId);
        Assert.DoesNotContain(shut.Id, rows.Keys);
        Assert.Equal((true, false, false, true), (rows[emptiedMap.Id].CurrentMap, rows[emptiedMap.Id].DangerStatements, rows[emptiedMap.Id].SafetyGoals, rows[emptiedMap.Id].ScaledRecently));
        Assert.Equal((false, true, true, false), (rows[oldScale.Id].CurrentMap, rows[oldScale.Id].DangerStatements, rows[oldScale.Id].SafetyGoals, rows[oldScale.Id].ScaledRecently));
        Assert.Equal((false, true, true), (rows[planned.Id].WordsAndPictures, rows[planned.Id].Network, rows[planned.Id].AgreedSafetyPlan));
        Assert.Equal(
            [("All teams", 3, 1, 1, 1, 1, 0, 1, 1), ("Team A", 2, 1, 1, 1, 1, 0, 0, 0), ("Team B", 1, 0, 0, 0, 0, 0, 1, 1)],
            view.Checklist.Select(s => (s.Name, s.Cases, s.CurrentMap, s.DangerStatements, s.SafetyGoals, s.ScaledRecently, s.WordsAndPictures, s.Network, s.AgreedSafetyPlan)));
    }

    [Fact]
    public async Task Audit_results_count_final_grades_by_month_and_the_weakest_domains_and_another_team_is_apart()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var a = await world.CasesAsync("Team A", 3);
        var b = await world.CasesAsync("Team B", 1);
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        await world.As(async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            CaseAudit Audit(CaseRecord c, int grade, int? moderated, string team, AuditStatus status = AuditStatus.Completed) => new()
            {
                CaseId = c.Id, ChildId = c.ChildId, Month = thisMonth, Reason = "Random sample", Team = team, WorkerName = "W", AuditorName = "Bob Manager",
                Status = status, Grade = status == AuditStatus.Allocated ? null : grade, ModeratedGrade = moderated, CompletedOn = status == AuditStatus.Allocated ? null : Today, DueOn = Today.AddDays(-1),
            };
            var good = Audit(a[0], 2, null, "Team A");
            var moderatedDown = Audit(a[1], 2, 3, "Team A");
            var notDone = Audit(a[2], 1, null, "Team A", AuditStatus.Allocated);
            var otherTeam = Audit(b[0], 1, null, "Team B");
            db.CaseAudits.AddRange(good, moderatedDown, notDone, otherTeam);
            db.AuditDomainScores.AddRange(
                new AuditDomainScore { AuditId = good.Id, DomainKey = "voice", DomainTitle = "The child's voice", Score = 30 },
                new AuditDomainScore { AuditId = moderatedDown.Id, DomainKey = "voice", DomainTitle = "The child's voice", Score = 40 },
                new AuditDomainScore { AuditId = good.Id, DomainKey = "recording", DomainTitle = "Recording", Score = 90 },
                new AuditDomainScore { AuditId = otherTeam.Id, DomainKey = "recording", DomainTitle = "Recording", Score = 10 });
            db.AuditActions.Add(new AuditAction { AuditId = good.Id, Text = "Do it", OwnerName = "W", DueOn = Today.AddDays(-3), RecordedBy = "B" });
            return await db.SaveChangesAsync();
        });

        var view = (await world.As(sp => sp.GetRequiredService<PracticeDashboard>().ForAsync("Team A", world.AsQuinn)))!;

        var month = view.ByMonth[^1];
        Assert.Equal((2, 1, 50.0m), (month.Completed, month.GoodOrBetter, month.GoodOrBetterPercent));
        Assert.Equal([0, 1, 1, 0], month.ByGrade);
        Assert.Equal([("The child's voice", 2, 2), ("Recording", 1, 0)], view.Domains.Select(d => (d.Domain, d.Scored, d.Weak)));
        Assert.Equal((1, 1), (view.OpenActions, view.OverdueActions));
        Assert.Equal(a[2].Id, (await world.As(async sp => (await sp.GetRequiredService<PracticeDbContext>().CaseAudits.FindAsync(Assert.Single(view.OverdueAudits).AuditId))!)).CaseId);
        Assert.Null(await world.As(sp => sp.GetRequiredService<PracticeDashboard>().ForAsync(null, world.AsWendy)));
    }

    [Fact]
    public async Task A_restricted_case_is_counted_but_never_listed_to_staff_not_named_on_it_and_another_authority_sees_none()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var bristol = await AuditWorld.CreateAsync(_host, "bristol");
        await world.CasesAsync("Team B", 1);
        await world.CasesAsync("Team B", 1, restricted: true);

        var view = (await world.As(sp => sp.GetRequiredService<PracticeDashboard>().ForAsync(null, world.AsQuinn)))!;
        var atBristol = (await bristol.As(sp => sp.GetRequiredService<PracticeDashboard>().ForAsync(null, bristol.AsQuinn)))!;

        Assert.Equal(2, view.Checklist[0].Cases);
        Assert.Single(view.Cases);
        Assert.Equal(0, atBristol.Checklist[0].Cases);
        Assert.Empty(atBristol.Cases);
    }
}
