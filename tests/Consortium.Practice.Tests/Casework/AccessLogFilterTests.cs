using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class AccessLogFilterTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> Brent<T>(Func<CaseworkService, Task<T>> work) => await _host.As(await _host.ProvisionedAsync("brent"), sp => work(sp.GetRequiredService<CaseworkService>()));

    [Fact]
    public async Task The_log_is_filtered_by_person_action_and_day_and_lists_who_is_in_it()
    {
        var record = (await Brent(s => s.RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;
        await Brent(s => s.OpenChildAsync(record.ChildId, Mo));
        await Brent(s => s.OpenChildAsync(record.ChildId, Priya));

        var mo = await Brent(s => s.AccessLogAsync(record.ChildId, new AccessLogFilter(Person: "Mo Manager")));
        var created = await Brent(s => s.AccessLogAsync(record.ChildId, new AccessLogFilter(Action: AccessAction.Created)));
        var today = await Brent(s => s.AccessLogAsync(record.ChildId, new AccessLogFilter(From: Today, To: Today)));
        var tomorrow = await Brent(s => s.AccessLogAsync(record.ChildId, new AccessLogFilter(From: Today.AddDays(1))));
        var people = await Brent(s => s.AccessLogPeopleAsync(record.ChildId));

        Assert.Equal([(AccessAction.Viewed, "Mo Manager")], mo.Select(l => (l.Action, l.StaffName)));
        Assert.Equal(2, created.Count);
        Assert.Equal(4, today.Count);
        Assert.Empty(tomorrow);
        Assert.Equal(["Mo Manager", "Priya Practitioner"], people);
    }
}
