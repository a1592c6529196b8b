using Consortium.Practice.Audits;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Audits;

public sealed class ModerationServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static async Task<CaseAudit> CompletedByBobAsync(AuditWorld world, int grade)
    {
        var cases = await world.CasesAsync("Team A", 1);
        var added = (await world.As(sp => sp.GetRequiredService<AuditSampling>().AddAsync(cases[0].Id, "Themed", world.Bob.Id, world.AsQuinn))).Value!;
        var done = await world.As(sp => sp.GetRequiredService<AuditService>().CompleteAsync(added.Id, AuditServiceTests.Completed(grade), added.Version, world.AsBob));
        Assert.True(done.IsDone, done.Failure?.ToString());
        return done.Value!;
    }

    [Fact]
    public async Task Every_inadequate_audit_goes_to_a_moderator_who_is_not_its_auditor_and_a_change_needs_a_reason()
    {
        var world = await AuditWorld.CreateAsync(_host);
        await world.PublishAsync(f => f.ModerationPercent = 0);
        var inadequate = await CompletedByBobAsync(world, 4);
        var good = await CompletedByBobAsync(world, 2);

        var waiting = await world.As(sp => sp.GetRequiredService<ModerationService>().WaitingAsync(world.AsQuinn));
        var byAuditor = await world.As(sp => sp.GetRequiredService<ModerationService>().ModerateAsync(inadequate.Id, 4, null, inadequate.Version, world.AsBob));
        var noReason = await world.As(sp => sp.GetRequiredService<ModerationService>().ModerateAsync(inadequate.Id, 3, " ", inadequate.Version, world.AsQuinn));
        var changed = await world.As(sp => sp.GetRequiredService<ModerationService>().ModerateAsync(inadequate.Id, 3, "The plan keeps the baby safe at night; recording is the weakness.", inadequate.Version, world.AsQuinn));
        var notWaiting = await world.As(sp => sp.GetRequiredService<ModerationService>().ModerateAsync(good.Id, 1, "x", good.Version, world.AsQuinn));

        Assert.Equal([inadequate.Id], waiting.Select(a => a.Id));
        Assert.False(good.NeedsModeration);
        byAuditor.Refused();
        Assert.Equal("Reason", Assert.Single(noReason.Errors()).Field);
        Assert.Equal((4, 3, 3, "Quinn Assurance"), (changed.Value!.Grade, changed.Value.ModeratedGrade, changed.Value.FinalGrade, changed.Value.ModeratorName));
        notWaiting.Refused();
        var agreement = Assert.Single(await world.As(sp => sp.GetRequiredService<ModerationService>().AgreementAsync()));
        Assert.Equal(("Bob Manager", 1, 0, (double?)null), (agreement.Auditor, agreement.Moderated, agreement.Agreed, agreement.Kappa));
    }

    [Fact]
    public async Task The_configured_share_of_the_rest_is_moderated()
    {
        var world = await AuditWorld.CreateAsync(_host);
        await world.PublishAsync(f => f.ModerationPercent = 100);

        var good = await CompletedByBobAsync(world, 1);

        Assert.True(good.NeedsModeration);
        Assert.InRange(Enumerable.Range(0, 10_000).Count(_ => ModerationDraw.Chosen(Guid.NewGuid(), 10)), 850, 1150);
    }
}
