using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class RestrictionRaceTests : IAsyncLifetime
{
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager }, "manager@brent");
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Twenty_restrictions_from_one_version_end_in_one_save_and_conflicts_and_each_scope_can_still_read_the_record()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var child = (await _host.As(brent, sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Mo))).Value!;
        var token = (await _host.As(brent, sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(child.ChildId, Mo))).Child!.ConcurrencyToken;

        // Each save runs as a page would: restrict, then open the record again in the same scope to show the answer.
        var saves = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => _host.As(brent, async sp =>
        {
            var casework = sp.GetRequiredService<CaseworkService>();
            var outcome = await casework.RestrictAsync(child.ChildId, true, [$"worker-{i}"], token, Mo);
            var reopened = await casework.OpenChildAsync(child.ChildId, Mo);
            return (outcome, reopened);
        }))));

        Assert.Single(saves, s => s.outcome.IsDone);
        Assert.All(saves.Where(s => !s.outcome.IsDone), s => Assert.IsType<Failure.Conflict>(s.outcome.Failure));
        Assert.All(saves, s => Assert.NotNull(s.reopened.Child));
    }
}
