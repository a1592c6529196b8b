using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Maps;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class ChildMergerTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly StaffMember Ada = new("brent-admin", "Ada Administrator", "Admin", new HashSet<StaffRole> { StaffRole.TenantAdministrator });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<T> Brent<T>(Func<IServiceProvider, Task<T>> work) => At("brent", work);

    /// <summary>Oscar's first record, closed 30 days ago, and a second record of him made by a later referral, with a map and a family member.</summary>
    private async Task<(CaseRecord Old, CaseRecord Duplicate)> TwoRecordsOfOscar()
    {
        var referral = CaseworkServiceTests.Referral("Oscar", "Jones") with { ReferralDate = Today.AddDays(-60) };
        var old = (await Brent(sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(referral, Priya))).Value!;
        Assert.True((await Brent(sp => sp.GetRequiredService<CaseworkService>().MoveAsync(old.Id, new StageTransition(CaseStage.Closed, Today.AddDays(-30), ClosureReason: "RC8"), old.ConcurrencyToken, Mo))).IsDone);
        var duplicate = (await Brent(sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(referral with { GivenName = "Oskar", ReferralDate = Today.AddDays(-5) }, Priya))).Value!;
        var map = (await Brent(sp => sp.GetRequiredService<SafetyMapService>().StartVersionAsync(duplicate.Id, Priya))).Value!;
        Assert.True((await Brent(sp => sp.GetRequiredService<SafetyMapService>().SaveAsync(map.Id, new MapInput { MapDate = Today, Kind = map.Kind, HarmStatement = "Harm" }, map.ConcurrencyToken, Priya))).IsDone);
        Assert.True((await Brent(sp => sp.GetRequiredService<FamilyService>().AddAsync(duplicate.ChildId, new FamilyMemberInput("Jo Jones", "Mother", null, true, true, null), Priya))).IsDone);
        return (old, duplicate);
    }

    private Task<Child> Child(Guid id) => Brent(sp => sp.GetRequiredService<PracticeDbContext>().Children.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Merging_moves_the_episodes_map_and_family_keeps_both_access_logs_and_logs_the_merge_on_both()
    {
        var (old, duplicate) = await TwoRecordsOfOscar();
        var kept = await Child(old.ChildId);
        var other = await Child(duplicate.ChildId);
        var logBefore = await Brent(sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(duplicate.ChildId));

        var preview = await Brent(sp => sp.GetRequiredService<ChildMerger>().PreviewAsync(kept.Id, other.Reference.ToLowerInvariant(), Ada));
        var merged = await Brent(sp => sp.GetRequiredService<ChildMerger>().MergeAsync(kept.Id, kept.ConcurrencyToken, other.Id, other.ConcurrencyToken, Ada));

        Assert.True(preview.IsDone, preview.Failure?.ToString());
        Assert.Equal([duplicate.Id], preview.Value!.MergedEpisodes.Select(e => e.Id));
        Assert.True(merged.IsDone, merged.Failure?.ToString());
        var opened = await Brent(sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(kept.Id, Priya));
        Assert.Equal([duplicate.Id, old.Id], opened.Cases.Select(c => c.Id));
        Assert.Equal("Oscar", opened.Child!.GivenName);
        Assert.Equal(kept.Id, await Brent(sp => sp.GetRequiredService<PracticeDbContext>().SafetyMaps.Select(m => m.ChildId).SingleAsync()));
        Assert.Equal("Jo Jones", Assert.Single(await Brent(sp => sp.GetRequiredService<FamilyService>().ForChildAsync(kept.Id, Priya))).Name);
        Assert.Equal(kept.Id, (await Child(other.Id)).MergedIntoChildId);
        var log = await Brent(sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(kept.Id));
        Assert.All(logBefore, line => Assert.Contains(log, l => l.Id == line.Id));
        Assert.Equal(2, log.Count(l => l.Action == AccessAction.Merged && l.StaffName == "Ada Administrator"));
    }

    [Fact]
    public async Task Merged_records_are_found_no_more_by_search_or_as_likely_matches()
    {
        var (old, duplicate) = await TwoRecordsOfOscar();
        var kept = await Child(old.ChildId);
        var other = await Child(duplicate.ChildId);
        Assert.True((await Brent(sp => sp.GetRequiredService<ChildMerger>().MergeAsync(kept.Id, kept.ConcurrencyToken, other.Id, other.ConcurrencyToken, Ada))).IsDone);

        var found = await Brent(sp => sp.GetRequiredService<ChildSearch>().FindAsync("jones", Priya));
        var matches = await Brent(sp => sp.GetRequiredService<LikelyMatches>().ForAsync(CaseworkServiceTests.Referral("Oscar", "Jones"), Priya));

        Assert.Equal([kept.Id], found.Rows.Select(r => r.ChildId));
        Assert.Equal([kept.Id], matches.Select(m => m.ChildId));
    }

    [Fact]
    public async Task Records_with_overlapping_episodes_are_not_merged_and_nothing_changes()
    {
        var first = (await Brent(sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral("Oscar", "Jones"), Priya))).Value!;
        var second = (await Brent(sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral("Oscar", "Jones"), Priya))).Value!;
        var kept = await Child(first.ChildId);
        var other = await Child(second.ChildId);

        var merged = await Brent(sp => sp.GetRequiredService<ChildMerger>().MergeAsync(kept.Id, kept.ConcurrencyToken, other.Id, other.ConcurrencyToken, Ada));

        Assert.Contains("overlap", merged.Refused().Reason, StringComparison.Ordinal);
        Assert.Null((await Child(other.Id)).MergedIntoChildId);
        Assert.Equal(second.ChildId, await Brent(sp => sp.GetRequiredService<PracticeDbContext>().Cases.Where(c => c.Id == second.Id).Select(c => c.ChildId).SingleAsync()));
    }

    [Fact]
    public async Task Only_an_administrator_merges_only_records_unchanged_since_the_preview_and_never_another_authoritys()
    {
        var (old, duplicate) = await TwoRecordsOfOscar();
        var kept = await Child(old.ChildId);
        var other = await Child(duplicate.ChildId);

        var byPractitioner = await Brent(sp => sp.GetRequiredService<ChildMerger>().MergeAsync(kept.Id, kept.ConcurrencyToken, other.Id, other.ConcurrencyToken, Priya));
        var stale = await Brent(sp => sp.GetRequiredService<ChildMerger>().MergeAsync(kept.Id, Guid.NewGuid(), other.Id, other.ConcurrencyToken, Ada));
        var elsewhere = await At("bristol", sp => sp.GetRequiredService<ChildMerger>().MergeAsync(kept.Id, kept.ConcurrencyToken, other.Id, other.ConcurrencyToken, Ada));
        var previewElsewhere = await At("bristol", sp => sp.GetRequiredService<ChildMerger>().PreviewAsync(kept.Id, other.Reference, Ada));

        byPractitioner.NotFound();
        stale.Conflict();
        elsewhere.NotFound();
        previewElsewhere.NotFound();
        Assert.Null((await Child(other.Id)).MergedIntoChildId);
    }
}
