using Consortium.Practice.Audits;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Audits;

public sealed class AuditServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    public static AuditInput Completed(int grade = 2) => new()
    {
        Answers = new() { ["danger-statement"] = "yes", ["safety-goal"] = "no", ["plan-quality"] = "6", ["scaling-notes"] = "Scaled weekly", ["network-size"] = "na" },
        Grade = grade,
        Summary = "Clear danger statement; the goal needs the family's words.",
    };

    /// <summary>A Team A case allocated to Bob by hand.</summary>
    private static async Task<CaseAudit> AllocatedToBobAsync(AuditWorld world)
    {
        var cases = await world.CasesAsync("Team A", 1);
        var added = await world.As(sp => sp.GetRequiredService<AuditSampling>().AddAsync(cases[0].Id, "Themed", world.Bob.Id, world.AsQuinn));
        Assert.True(added.IsDone, added.Failure?.ToString());
        return added.Value!;
    }

    [Fact]
    public async Task The_auditor_completes_it_scored_over_the_questions_answered_and_opening_it_is_an_audit_read()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var audit = await AllocatedToBobAsync(world);

        var opened = await world.As(sp => sp.GetRequiredService<AuditService>().OpenAsync(audit.Id, world.AsBob));
        var byOther = await world.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(audit.Id, Completed(), audit.Version, world.AsAnn));
        var done = await world.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(audit.Id, Completed(), audit.Version, world.AsBob));

        Assert.True(opened.IsDone, opened.Failure?.ToString());
        byOther.NotFound();
        Assert.True(done.IsDone, done.Failure?.ToString());
        // danger-statement yes (3/3), safety-goal no (0/3), plan-quality 6 (1.8/3): 4.8 of 9.
        Assert.Equal((53.3m, 2, AuditStatus.Completed, 1), (done.Value!.Score, done.Value.Grade, done.Value.Status, done.Value.FrameworkVersion));
        var log = await world.As(sp => sp.GetRequiredService<PracticeDbContext>().AccessLog.Where(l => l.RecordId == audit.Id).Select(l => l.Action).ToListAsync());
        Assert.Contains(AccessAction.AuditRead, log);
        var domains = await world.As(sp => sp.GetRequiredService<PracticeDbContext>().AuditDomainScores.Where(s => s.AuditId == audit.Id).Select(s => s.DomainKey).ToListAsync());
        Assert.Equal(["danger", "network"], domains.Order());
    }

    [Fact]
    public async Task Bad_answers_save_nothing()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var audit = await AllocatedToBobAsync(world);
        var input = Completed(grade: 9);
        input.Answers["danger-statement"] = "maybe";
        input.Answers["not-a-question"] = "yes";
        input.ConversationStaff = [world.Wendy.Id];

        var bad = await world.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(audit.Id, input, audit.Version, world.AsBob));

        Assert.Equal(["Answers", "Answers-danger-statement", "ConversationOn", "Grade"], bad.Errors().Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(AuditStatus.Allocated, await world.As(sp => sp.GetRequiredService<PracticeDbContext>().CaseAudits.Where(a => a.Id == audit.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_safeguarding_concern_reaches_the_cases_team_manager_at_once_and_only_them()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var audit = await AllocatedToBobAsync(world);
        var input = Completed();
        input.Concern = "Nobody has seen the baby for five weeks.";

        await world.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(audit.Id, input, audit.Version, world.AsBob));

        var forAnn = await world.As(sp => sp.GetRequiredService<AuditService>().ConcernsForAsync(world.AsAnn));
        Assert.Equal("Nobody has seen the baby for five weeks.", Assert.Single(forAnn).Concern);
        Assert.Empty(await world.As(sp => sp.GetRequiredService<AuditService>().ConcernsForAsync(world.AsBob)));
        (await world.As(sp => sp.GetRequiredService<AuditService>().AcknowledgeConcernAsync(audit.Id, world.AsBob))).NotFound();
        Assert.True((await world.As(sp => sp.GetRequiredService<AuditService>().AcknowledgeConcernAsync(audit.Id, world.AsAnn))).IsDone);
        Assert.Empty(await world.As(sp => sp.GetRequiredService<AuditService>().ConcernsForAsync(world.AsAnn)));
    }

    [Fact]
    public async Task An_audit_closes_only_when_every_action_is_done_or_carried_to_a_named_person()
    {
        var world = await AuditWorld.CreateAsync(_host);
        await world.PublishAsync(f => f.ModerationPercent = 0);
        var audit = await AllocatedToBobAsync(world);
        var done = (await world.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(audit.Id, Completed(), audit.Version, world.AsBob))).Value!;
        var first = (await world.As(sp => sp.GetRequiredService<AuditService>().AddActionAsync(audit.Id, "Agree the safety goal with the family", world.Wendy.Id, Today.AddDays(14), world.AsBob))).Value!;
        var second = (await world.As(sp => sp.GetRequiredService<AuditService>().AddActionAsync(audit.Id, "Words and Pictures for the older child", world.Wendy.Id, Today.AddDays(30), world.AsBob))).Value!;

        var early = await world.As(sp => sp.GetRequiredService<AuditService>().CloseAsync(audit.Id, done.Version, world.AsBob));
        await world.As(sp => sp.GetRequiredService<AuditService>().SettleActionAsync(audit.Id, first.Id, "Goal agreed at the network meeting on Tuesday", null, world.AsBob));
        var stillOne = await world.As(sp => sp.GetRequiredService<AuditService>().CloseAsync(audit.Id, done.Version, world.AsBob));
        await world.As(sp => sp.GetRequiredService<AuditService>().SettleActionAsync(audit.Id, second.Id, null, world.Ann.Id, world.AsBob));
        var closed = await world.As(sp => sp.GetRequiredService<AuditService>().CloseAsync(audit.Id, done.Version, world.AsBob));

        Assert.StartsWith("2 actions are still open", early.Refused().Reason, StringComparison.Ordinal);
        Assert.StartsWith("1 action is still open", stillOne.Refused().Reason, StringComparison.Ordinal);
        Assert.Equal(AuditStatus.Closed, closed.Value!.Status);
    }

    [Fact]
    public async Task An_audit_keeps_the_framework_version_it_was_done_on()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var audit = await AllocatedToBobAsync(world);
        await world.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(audit.Id, Completed(), audit.Version, world.AsBob));

        var frameworks = await world.As(async sp =>
        {
            var service = sp.GetRequiredService<AuditFrameworks>();
            var draft = await service.DraftAsync();
            draft.Settings.Framework.Domains[0].Questions[0].Text = "Is there a danger statement, in the family's own words?";
            var saved = await service.SaveDraftAsync(draft.Settings.Framework, draft.Version, "Ada Administrator");
            Assert.True(saved.IsDone, saved.Failure?.ToString());
            var published = await service.PublishAsync(saved.Value, "Ada Administrator");
            var again = await service.PublishAsync(saved.Value, "Ada Administrator");
            return (published, again);
        });
        var reopened = await world.As(sp => sp.GetRequiredService<AuditService>().OpenAsync(audit.Id, world.AsQuinn));

        Assert.Equal(2, frameworks.published.Value);
        frameworks.again.Refused();
        Assert.Equal(1, reopened.Value!.FrameworkVersion);
        Assert.Equal("Is there a danger statement in plain language the family can understand?", reopened.Value.Framework.Domains[0].Questions[0].Text);
    }

    [Fact]
    public async Task Another_authority_cannot_open_complete_or_act_on_an_audit()
    {
        var brent = await AuditWorld.CreateAsync(_host);
        var bristol = await AuditWorld.CreateAsync(_host, "bristol");
        var audit = await AllocatedToBobAsync(brent);

        (await bristol.As(sp => sp.GetRequiredService<AuditService>().OpenAsync(audit.Id, bristol.AsQuinn))).NotFound();
        (await bristol.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(audit.Id, Completed(), audit.Version, bristol.AsBob))).NotFound();
        (await bristol.As(sp => sp.GetRequiredService<AuditService>().AddActionAsync(audit.Id, "x", bristol.Wendy.Id, Today, bristol.AsQuinn))).NotFound();
        Assert.Empty(await bristol.As(sp => sp.GetRequiredService<AuditService>().MineAsync(bristol.AsBob)));
        Assert.Single(await brent.As(sp => sp.GetRequiredService<AuditService>().MineAsync(brent.AsBob)));
    }

    [Fact]
    public async Task A_record_restricted_after_allocation_drops_out_of_the_auditors_list_unless_they_are_named_on_it()
    {
        var world = await AuditWorld.CreateAsync(_host);
        var audit = await AllocatedToBobAsync(world);
        await world.As(async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = await db.Children.SingleAsync(c => c.Id == audit.ChildId);
            (child.IsRestricted, child.PermittedStaff) = (true, ["wendy@brent.gov.uk"]);
            return await db.SaveChangesAsync();
        });

        Assert.Empty(await world.As(sp => sp.GetRequiredService<AuditService>().MineAsync(world.AsBob)));
        (await world.As(sp => sp.GetRequiredService<AuditService>().OpenAsync(audit.Id, world.AsBob))).NotFound();
    }
}
