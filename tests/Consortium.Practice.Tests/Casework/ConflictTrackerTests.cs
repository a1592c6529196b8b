using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Maps;
using Consortium.Practice.Outcomes;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

/// <summary>
/// Every conflict a change can end in, whether found before saving (a stale version) or by the database, leaves nothing
/// tracked: the access-log line the page writes next, when it shows the record again, saves alone.
/// </summary>
public sealed class ConflictTrackerTests : IAsyncLifetime
{
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager }, "manager@brent");
    private static readonly StaffMember Ada = new("brent-admin", "Ada Administrator", "Team 1", new HashSet<StaffRole> { StaffRole.TenantAdministrator }, "admin@brent");
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> Brent<T>(Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync("brent"), work);

    /// <summary>Runs a change that must end in a conflict, then, in the same scope, opens the child as the page does.</summary>
    private Task<(Failure? Failure, int Tracked, bool Reopened)> ConflictThenReopen<T>(Guid childId, Func<IServiceProvider, Task<Outcome<T>>> change)
        where T : notnull => Brent(async sp =>
    {
        var outcome = await change(sp);
        var tracked = sp.GetRequiredService<PracticeDbContext>().ChangeTracker.Entries().Count();
        var reopened = await sp.GetRequiredService<CaseworkService>().OpenChildAsync(childId, Ada);
        return (outcome.Failure, tracked, reopened.Child is not null);
    });

    private Task<CaseRecord> ReferralAsync(string given) =>
        Brent(async sp => (await sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(given), Mo)).Value!);

    [Fact]
    public async Task A_stale_restriction_ends_in_the_conflict_with_nothing_tracked()
    {
        var record = await ReferralAsync("Rhea");
        var stale = Guid.NewGuid();

        var (failure, tracked, reopened) = await ConflictThenReopen(record.ChildId, sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(record.ChildId, false, [], stale, Ada));

        Assert.IsType<Failure.Conflict>(failure);
        Assert.Equal(0, tracked);
        Assert.True(reopened);
    }

    [Fact]
    public async Task A_stale_restriction_by_someone_the_winning_save_left_out_is_a_conflict_not_a_missing_record()
    {
        var record = await ReferralAsync("Rufus");
        var token = await Brent(async sp => (await sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Mo)).Child!.ConcurrencyToken);
        Assert.True((await Brent(sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(record.ChildId, true, [], token, Mo))).IsDone);

        var late = await Brent(sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(record.ChildId, true, [], token, Ada));
        var now = await Brent(async sp => (await sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Mo)).Child!.ConcurrencyToken);
        var notNamed = new StaffMember("brent-manager-2", "Max Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager }, "manager2@brent");
        var fresh = await Brent(sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(record.ChildId, false, [], now, notNamed));

        Assert.IsType<Failure.Conflict>(late.Failure);
        Assert.IsType<Failure.NotFound>(fresh.Failure);
    }

    [Fact]
    public async Task A_stale_change_to_a_case_ends_in_the_conflict_with_nothing_tracked()
    {
        var record = await ReferralAsync("Cato");

        var (failure, tracked, reopened) = await ConflictThenReopen(record.ChildId, sp => sp.GetRequiredService<CaseworkService>()
            .AddSiblingAsync(record.Id, CaseworkServiceTests.Referral("Cleo"), Guid.NewGuid(), Mo));

        Assert.IsType<Failure.Conflict>(failure);
        Assert.Equal(0, tracked);
        Assert.True(reopened);
    }

    [Fact]
    public async Task A_stale_save_of_a_map_ends_in_the_conflict_with_nothing_tracked()
    {
        var record = await ReferralAsync("Mira");
        var map = await Brent(async sp => (await sp.GetRequiredService<SafetyMapService>().StartVersionAsync(record.Id, Mo)).Value!);
        var input = new MapInput { MapDate = DateOnly.FromDateTime(DateTime.UtcNow), Kind = map.Kind, HarmStatement = "Worries about bruising." };

        var (failure, tracked, reopened) = await ConflictThenReopen(record.ChildId, sp => sp.GetRequiredService<SafetyMapService>().SaveAsync(map.Id, input, Guid.NewGuid(), Mo));

        Assert.IsType<Failure.Conflict>(failure);
        Assert.Equal(0, tracked);
        Assert.True(reopened);
    }

    [Fact]
    public async Task A_stale_merge_ends_in_the_conflict_with_nothing_tracked()
    {
        var kept = await ReferralAsync("Kit");
        var other = await ReferralAsync("Kitt");

        var (failure, tracked, reopened) = await ConflictThenReopen(kept.ChildId, sp => sp.GetRequiredService<ChildMerger>()
            .MergeAsync(kept.ChildId, Guid.NewGuid(), other.ChildId, Guid.NewGuid(), Ada));

        Assert.IsType<Failure.Conflict>(failure);
        Assert.Equal(0, tracked);
        Assert.True(reopened);
    }
}
