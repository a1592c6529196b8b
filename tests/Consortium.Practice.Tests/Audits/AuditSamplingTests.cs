using Consortium.Practice.Audits;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Audits;

public sealed class AuditSamplingTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly DateOnly ThisMonth = AuditSampling.FirstOf(DateOnly.FromDateTime(DateTime.UtcNow));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task The_month_is_drawn_once_per_team_by_its_seed_and_never_allocated_against_the_rule()
    {
        var world = await AuditWorld.CreateAsync(_host);
        await world.CasesAsync("Team A", 12);
        await world.CasesAsync("Team A", 4, CaseStage.ChildProtectionPlan);
        await world.CasesAsync("Team B", 3);

        var drawn = await world.As(sp => sp.GetRequiredService<AuditSampling>().DrawAsync(ThisMonth, 1234, world.AsQuinn));
        var again = await world.As(sp => sp.GetRequiredService<AuditSampling>().DrawAsync(ThisMonth, 1234, world.AsQuinn));

        Assert.True(drawn.IsDone, drawn.Failure?.ToString());
        Assert.Contains("seed 1234", again.Refused().Reason, StringComparison.Ordinal);
        var audits = await world.As(sp => sp.GetRequiredService<PracticeDbContext>().CaseAudits.AsNoTracking().ToListAsync());
        Assert.Equal(5, audits.Count(a => a.Team == "Team A"));
        Assert.Equal(3, audits.Count(a => a.Team == "Team B"));
        Assert.Equal(1, audits.Count(a => a.Team == "Team A" && a.Stage == CaseStage.ChildProtectionPlan));
        Assert.DoesNotContain(audits, a => a.Team == "Team A" && (a.AuditorId == world.Ann.Id || a.AuditorId is null));
        Assert.DoesNotContain(audits, a => a.Team == "Team B" && a.AuditorId == world.Bob.Id);
        Assert.All(audits, a => Assert.Equal(ThisMonth.AddDays(0), a.Month));
        Assert.Equal((1234, 8), (drawn.Value!.Seed, drawn.Value.Drawn));
    }

    [Fact]
    public async Task Cases_audited_in_the_last_twelve_months_and_restricted_records_are_left_out()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var audited = await world.CasesAsync("Team B", 2);
        var fresh = await world.CasesAsync("Team B", 1);
        var restricted = await world.CasesAsync("Team B", 2, restricted: true);
        await world.As(async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            db.CaseAudits.Add(new CaseAudit { CaseId = audited[0].Id, ChildId = audited[0].ChildId, Month = ThisMonth.AddMonths(-11), Reason = "Random sample", Team = "Team B", WorkerName = "Will Worker", Status = AuditStatus.Closed });
            db.CaseAudits.Add(new CaseAudit { CaseId = audited[1].Id, ChildId = audited[1].ChildId, Month = ThisMonth.AddMonths(-13), Reason = "Random sample", Team = "Team B", WorkerName = "Will Worker", Status = AuditStatus.Closed });
            return await db.SaveChangesAsync();
        });

        var drawn = await world.As(sp => sp.GetRequiredService<AuditSampling>().DrawAsync(ThisMonth, 5, world.AsQuinn));

        Assert.True(drawn.IsDone, drawn.Failure?.ToString());
        var sampled = await world.As(sp => sp.GetRequiredService<PracticeDbContext>().CaseAudits.Where(a => a.Month == ThisMonth).Select(a => a.CaseId).ToListAsync());
        Assert.Equal(new[] { audited[1].Id, fresh[0].Id }.Order(), sampled.Order());
        Assert.DoesNotContain(restricted[0].Id, sampled);
    }

    [Fact]
    public async Task Only_quality_assurance_draws_and_another_authority_sees_nothing_of_it()
    {
        var brent = await AuditWorld.CreateAsync(_host);
        var bristol = await AuditWorld.CreateAsync(_host, "bristol");
        var cases = await brent.CasesAsync("Team A", 3);

        var byManager = await brent.As(sp => sp.GetRequiredService<AuditSampling>().DrawAsync(ThisMonth, 1, brent.AsAnn));
        var atBristol = await bristol.As(sp => sp.GetRequiredService<AuditSampling>().DrawAsync(ThisMonth, 1, bristol.AsQuinn));
        var byHandFromBristol = await bristol.As(sp => sp.GetRequiredService<AuditSampling>().AddAsync(cases[0].Id, "Re-referrals", null, bristol.AsQuinn));

        byManager.NotFound();
        Assert.Equal(0, atBristol.Value!.Drawn);
        byHandFromBristol.NotFound();
        Assert.Equal(0, await brent.As(sp => sp.GetRequiredService<PracticeDbContext>().CaseAudits.CountAsync()));
    }

    [Fact]
    public async Task A_case_is_added_by_hand_for_a_theme_to_an_allowed_auditor_only()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var cases = await world.CasesAsync("Team A", 2);

        var toAnn = await world.As(sp => sp.GetRequiredService<AuditSampling>().AddAsync(cases[0].Id, "Re-referrals this quarter", world.Ann.Id, world.AsQuinn));
        var toBob = await world.As(sp => sp.GetRequiredService<AuditSampling>().AddAsync(cases[0].Id, "Re-referrals this quarter", world.Bob.Id, world.AsQuinn));
        var twice = await world.As(sp => sp.GetRequiredService<AuditSampling>().AddAsync(cases[0].Id, "Again", null, world.AsQuinn));

        Assert.Equal("AuditorId", Assert.Single(toAnn.Errors()).Field);
        Assert.Equal(("Re-referrals this quarter", "Bob Manager"), (toBob.Value!.Reason, toBob.Value.AuditorName));
        twice.Refused();
    }

    [Fact]
    public async Task Every_re_referral_of_this_quarter_is_added_once_for_the_theme_leaving_out_others_and_restricted_records()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var bristol = await AuditWorld.CreateAsync(_host, "bristol");
        var quarter = AuditSampling.QuarterOf(DateOnly.FromDateTime(DateTime.UtcNow));
        var reReferred = await ChildReferredAsync(world, false, quarter.AddMonths(-3), quarter);
        var longAgo = await ChildReferredAsync(world, false, quarter.AddYears(-2), quarter);
        var once = await ChildReferredAsync(world, false, quarter);
        var restricted = await ChildReferredAsync(world, true, quarter.AddMonths(-2), quarter);

        var added = await world.As(sp => sp.GetRequiredService<AuditSampling>().AddReReferralsThisQuarterAsync(world.AsQuinn));
        var again = await world.As(sp => sp.GetRequiredService<AuditSampling>().AddReReferralsThisQuarterAsync(world.AsQuinn));
        var atBristol = await bristol.As(sp => sp.GetRequiredService<AuditSampling>().AddReReferralsThisQuarterAsync(bristol.AsQuinn));
        var byManager = await world.As(sp => sp.GetRequiredService<AuditSampling>().AddReReferralsThisQuarterAsync(world.AsAnn));

        Assert.Equal((1, 0), (added.Value!.Added, added.Value.AlreadyAdded));
        Assert.Equal((0, 1), (again.Value!.Added, again.Value.AlreadyAdded));
        Assert.Equal((0, 0), (atBristol.Value!.Added, atBristol.Value.AlreadyAdded));
        byManager.NotFound();
        var audits = await world.As(sp => sp.GetRequiredService<PracticeDbContext>().CaseAudits.AsNoTracking().ToListAsync());
        var audit = Assert.Single(audits);
        Assert.Equal(reReferred[1].Id, audit.CaseId);
        Assert.StartsWith("Re-referrals, ", audit.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(audits, a => a.CaseId == longAgo[1].Id || a.CaseId == once[0].Id || a.CaseId == restricted[1].Id);
    }

    /// <summary>One child with a case for each referral date, in Team B.</summary>
    private static Task<List<CaseRecord>> ChildReferredAsync(AuditWorld world, bool restricted, params DateOnly[] referrals) =>
        world.As(async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = new Child { Reference = $"C{Guid.NewGuid():N}"[..12], GivenName = "Child", FamilyName = "Rereferred", DateOfBirth = new DateOnly(2018, 1, 1), IsRestricted = restricted, PermittedStaff = restricted ? ["will@brent.gov.uk"] : [] };
            db.Children.Add(child);
            var cases = referrals.Select(on => new CaseRecord { ChildId = child.Id, Reference = $"K{Guid.NewGuid():N}"[..12], Stage = CaseStage.Assessment, ReferralDate = on, Team = "Team B", WorkerSubject = "will@brent.gov.uk", WorkerName = "Will Worker" }).ToList();
            db.Cases.AddRange(cases);
            await db.SaveChangesAsync();
            return cases;
        });
}
