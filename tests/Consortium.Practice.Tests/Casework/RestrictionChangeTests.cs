using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class RestrictionChangeTests : IAsyncLifetime
{
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager }, "manager@brent");
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Each_restriction_change_says_in_the_access_log_who_was_added_and_who_removed()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var casework = (IServiceProvider sp) => sp.GetRequiredService<CaseworkService>();
        var child = (await _host.As(brent, sp => casework(sp).RecordReferralAsync(CaseworkServiceTests.Referral(), Mo))).Value!;
        async Task<Guid> Token() => (await _host.As(brent, sp => casework(sp).OpenChildAsync(child.ChildId, Mo))).Child!.ConcurrencyToken;

        Assert.True((await _host.As(brent, async sp => await casework(sp).RestrictAsync(child.ChildId, true, ["ann@brent", "bea@brent"], await Token(), Mo))).IsDone);
        Assert.True((await _host.As(brent, async sp => await casework(sp).RestrictAsync(child.ChildId, true, ["bea@brent", "cat@brent"], await Token(), Mo))).IsDone);
        Assert.True((await _host.As(brent, async sp => await casework(sp).RestrictAsync(child.ChildId, false, [], await Token(), Mo))).IsDone);

        var changes = (await _host.As(brent, sp => casework(sp).AccessLogAsync(child.ChildId)))
            .Where(l => l.RecordType == "restriction").OrderBy(l => l.Id).Select(l => l.Detail).ToList();
        Assert.Equal(
            [
                "Restricted; added ann@brent, bea@brent, manager@brent",
                "Added cat@brent; removed ann@brent",
                "Restriction lifted; removed bea@brent, cat@brent, manager@brent",
            ],
            changes);
    }
}
