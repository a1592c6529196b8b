using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Census.Building;
using Consortium.Practice.Census.Recording;
using Consortium.Practice.Data;
using Consortium.Practice.Tests.Casework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Census;

/// <summary>Recording the census details of a child and of an episode: saved against the version seen, logged, nothing saved when invalid, and in the census file.</summary>
public sealed class CensusDetailsServiceTests : IAsyncLifetime
{
    private static readonly StaffMember Priya = new("norfolk-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<CaseRecord> Referred(string slug = "norfolk", string given = "Amara") =>
        At(slug, async sp => (await sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(given) with { ReferralDate = Today.AddDays(-20) }, Priya)).Value!);

    private Task<Child> ChildOf(CaseRecord record, string slug = "norfolk") =>
        At(slug, sp => sp.GetRequiredService<PracticeDbContext>().Children.AsNoTracking().SingleAsync(c => c.Id == record.ChildId));

    [Fact]
    public async Task A_childs_upn_former_upn_and_date_of_death_are_saved_logged_and_written_to_the_census()
    {
        var record = await Referred();
        var child = await ChildOf(record);

        var saved = await At("norfolk", sp => sp.GetRequiredService<CensusDetailsService>()
            .RecordForChildAsync(child.Id, new ChildCensusDetails("h801200001001", null, "C92610001234A", Today.AddDays(-1)), child.ConcurrencyToken, Priya));

        Assert.True(saved.IsDone);
        var stored = await ChildOf(record);
        Assert.Equal(("H801200001001", "C92610001234A", Today.AddDays(-1)), (stored.Upn, stored.FormerUpn, stored.DateOfDeath));
        Assert.NotEqual(child.ConcurrencyToken, stored.ConcurrencyToken);
        Assert.Contains(await At("norfolk", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(child.Id)), l => l.RecordType == "census-details");
        var year = Today.Month >= 4 ? Today.Year + 1 : Today.Year;
        var inFile = (await At("norfolk", sp => sp.GetRequiredService<CensusFileBuilder>().BuildAsync(year))).File.Children.Single();
        Assert.Equal(("H801200001001", "C92610001234A", (DateOnly?)Today.AddDays(-1), (string?)null), (inFile.Upn, inFile.FormerUpn, inFile.DeathDate, inFile.UpnUnknown));
    }

    [Fact]
    public async Task A_reason_the_upn_is_unknown_is_written_in_place_of_a_upn()
    {
        var record = await Referred();
        var child = await ChildOf(record);

        await At("norfolk", sp => sp.GetRequiredService<CensusDetailsService>().RecordForChildAsync(child.Id, new ChildCensusDetails(null, "UN1", null, null), child.ConcurrencyToken, Priya));

        var year = Today.Month >= 4 ? Today.Year + 1 : Today.Year;
        var inFile = (await At("norfolk", sp => sp.GetRequiredService<CensusFileBuilder>().BuildAsync(year))).File.Children.Single();
        Assert.Equal((null, "UN1"), (inFile.Upn, inFile.UpnUnknown));
    }

    [Fact]
    public async Task Invalid_details_or_a_stale_version_save_nothing_and_another_authoritys_child_is_not_found()
    {
        var record = await Referred();
        var child = await ChildOf(record);
        var details = At("norfolk", sp => sp.GetRequiredService<CensusDetailsService>()
            .RecordForChildAsync(child.Id, new ChildCensusDetails("A801200001001", null, null, Today.AddDays(1)), child.ConcurrencyToken, Priya));

        Assert.Equal(["Upn", "DateOfDeath"], (await details).Errors().Select(e => e.Field));
        (await At("norfolk", sp => sp.GetRequiredService<CensusDetailsService>()
            .RecordForChildAsync(child.Id, new ChildCensusDetails("H801200001001", null, null, null), Guid.NewGuid(), Priya))).Conflict();
        (await At("brent", sp => sp.GetRequiredService<CensusDetailsService>()
            .RecordForChildAsync(child.Id, new ChildCensusDetails("H801200001001", null, null, null), child.ConcurrencyToken, Priya))).NotFound();
        var stored = await ChildOf(record);
        Assert.Equal((null, child.ConcurrencyToken), (stored.Upn, stored.ConcurrencyToken));
    }

    [Fact]
    public async Task An_episodes_referral_nfa_as_entered_and_its_latest_category_of_abuse_reach_the_census()
    {
        var nfa = await Referred();
        var planned = await Referred("norfolk", "Bola");
        foreach (var move in new[]
        {
            new StageTransition(CaseStage.StrategyDiscussion, Today.AddDays(-15)),
            new StageTransition(CaseStage.Section47Enquiry, Today.AddDays(-15)),
            new StageTransition(CaseStage.InitialConference, Today.AddDays(-10)),
            new StageTransition(CaseStage.ChildProtectionPlan, Today.AddDays(-10), "NEG"),
        })
        {
            planned = (await At("norfolk", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(planned.Id, move, planned.ConcurrencyToken, Priya))).Value!;
        }

        var service = (IServiceProvider sp) => sp.GetRequiredService<CensusDetailsService>();
        Assert.True((await At("norfolk", sp => service(sp).RecordForEpisodeAsync(nfa.Id, new EpisodeCensusDetails(true, null), nfa.ConcurrencyToken, Priya))).IsDone);
        Assert.True((await At("norfolk", sp => service(sp).RecordForEpisodeAsync(planned.Id, new EpisodeCensusDetails(false, "EMO"), planned.ConcurrencyToken, Priya))).IsDone);

        var year = Today.Month >= 4 ? Today.Year + 1 : Today.Year;
        var episodes = (await At("norfolk", sp => sp.GetRequiredService<CensusFileBuilder>().BuildAsync(year))).File.Children.SelectMany(c => c.Episodes).ToList();
        // The open referral would be derived as going on to further action: what the practitioner entered is written instead.
        Assert.Equal([((bool?)true, 0), ((bool?)false, 1)], episodes.Select(e => (e.ReferralNfa, e.ProtectionPlans.Count)).OrderBy(e => e.Item2));
        var plan = episodes.SelectMany(e => e.ProtectionPlans).Single();
        Assert.Equal(("NEG", "EMO"), (plan.InitialCategory, plan.LatestCategory));
    }

    [Fact]
    public async Task A_referral_that_led_to_a_plan_cannot_be_recorded_as_no_further_action_nor_a_category_given_without_a_plan()
    {
        var record = await Referred();
        var assessed = (await At("norfolk", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, new StageTransition(CaseStage.Assessment, Today.AddDays(-5)), record.ConcurrencyToken, Priya))).Value!;

        var refused = await At("norfolk", sp => sp.GetRequiredService<CensusDetailsService>().RecordForEpisodeAsync(assessed.Id, new EpisodeCensusDetails(true, "NEG"), assessed.ConcurrencyToken, Priya));

        Assert.Equal(["ReferralNfa", "LatestCategoryOfAbuse"], refused.Errors().Select(e => e.Field));
        var stored = await At("norfolk", sp => sp.GetRequiredService<PracticeDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == record.Id));
        Assert.Null(stored.ReferralNfa);
    }
}
