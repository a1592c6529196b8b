using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Maps;
using Microsoft.Extensions.DependencyInjection;
using Consortium.Practice.Tests.Casework;

namespace Consortium.Practice.Tests.Maps;

public sealed class SafetyMapServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<T> Maps<T>(Func<SafetyMapService, Task<T>> work) => At("brent", sp => work(sp.GetRequiredService<SafetyMapService>()));

    private async Task<SafetyMap> FirstMap()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;
        return (await Maps(m => m.StartVersionAsync(record.Id, Priya))).Value!;
    }

    private static MapInput TwoDangers(DateOnly on) => new()
    {
        MapDate = on,
        Kind = MapKind.SignsOfSafety,
        HarmStatement = "Amara was found alone at home overnight in March.",
        ExistingStrengths = "Grandmother visits daily.",
        Pairs =
        [
            (null, "Social care and school are worried that Amara will be left alone again.", "Amara will always have an adult the network trusts with her overnight, for six months."),
            (null, "Social care is worried Amara will see her parents fight and be hurt.", "Amara will live in a home without violence, checked by the network, for six months."),
        ],
        NextSteps = [("Hold a network meeting", "Priya", on.AddDays(7), false)],
    };

    [Fact]
    public async Task A_map_holds_paired_statements_and_goals_and_each_persons_rating_separately()
    {
        var map = await FirstMap();
        var saved = await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today), map.ConcurrencyToken, Priya));
        var pairs = saved.Value!.Pairs;

        foreach (var (person, role, score) in new[] { ("Ms Okafor", "Mother", 6), ("Amara", "Child", 4), ("Priya Practitioner", "Social worker", 3) })
        {
            var rated = await Maps(m => m.RateAsync(map.Id, new RatingInput { PairId = pairs[0].Id, PersonName = person, PersonRole = role, Score = score, Why = "Because", RatedOn = Today }, Priya));
            Assert.True(rated.IsDone);
        }

        await Maps(m => m.RateAsync(map.Id, new RatingInput { PersonName = "Conference chair", PersonRole = "Chair", Score = 5, Why = "Overall", RatedOn = Today }, Priya));

        var view = (await Maps(m => m.OpenAsync(map.Id, Priya)))!;
        Assert.Equal(2, view.Map.Pairs.Count);
        Assert.Equal([6, 4, 3], view.Ratings.Where(r => r.PairId == pairs[0].Id).Select(r => r.Score));
        Assert.Equal(["Mother", "Child", "Social worker"], view.Ratings.Where(r => r.PairId == pairs[0].Id).Select(r => r.PersonRole));
        Assert.Equal(5, Assert.Single(view.Ratings, r => r.PairId is null).Score);
        Assert.True(view.IsLatest);
    }

    [Fact]
    public async Task A_started_map_is_a_draft_until_saved_with_something_on_it_and_starting_again_carries_on_with_it()
    {
        var map = await FirstMap();
        var again = (await Maps(m => m.StartVersionAsync(map.CaseId, Priya))).Value!;
        var rated = await Maps(m => m.RateAsync(map.Id, new RatingInput { PersonName = "Ms Okafor", PersonRole = "Mother", Score = 5, Why = "Because", RatedOn = Today }, Priya));
        var empty = await Maps(m => m.SaveAsync(map.Id, new MapInput { MapDate = Today, Kind = map.Kind, HarmStatement = "  " }, map.ConcurrencyToken, Priya));
        var stillDraft = (await Maps(m => m.OpenAsync(map.Id, Priya)))!.Map;
        var saved = await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today), map.ConcurrencyToken, Priya));

        Assert.True(map.IsDraft);
        Assert.Equal((map.Id, 1), (again.Id, again.Version));
        Assert.Contains("draft", rated.Refused().Reason, StringComparison.Ordinal);
        Assert.Equal("HarmStatement", Assert.Single(empty.Errors()).Field);
        Assert.True(stillDraft.IsDraft);
        Assert.False(saved.Value!.IsDraft);
        Assert.Single(await Maps(m => m.VersionsAsync(map.CaseId)));
    }

    [Fact]
    public async Task Each_persons_overall_score_is_followed_across_versions_and_a_new_version_offers_the_last_ones_scorers()
    {
        var first = await FirstMap();
        await Maps(m => m.SaveAsync(first.Id, TwoDangers(Today), first.ConcurrencyToken, Priya));
        Task<Outcome<SafetyMap>> Rate(Guid map, string person, string role, int score, Guid? pair = null) =>
            Maps(m => m.RateAsync(map, new RatingInput { PairId = pair, PersonName = person, PersonRole = role, Score = score, Why = "Because", RatedOn = Today }, Priya));
        await Rate(first.Id, "Ms Okafor", "Mother", 3);
        await Rate(first.Id, "Priya Practitioner", "Social worker", 2);
        await Rate(first.Id, "Priya Practitioner", "Social worker", 4);
        var second = (await Maps(m => m.StartVersionAsync(first.CaseId, Priya))).Value!;
        var offered = await Maps(m => m.PreviousScorersAsync(second));
        await Maps(m => m.SaveAsync(second.Id, TwoDangers(Today), second.ConcurrencyToken, Priya));
        await Rate(second.Id, "ms okafor ", "mother", 6);

        var history = await Maps(m => m.ScoreHistoryAsync(first.CaseId));

        Assert.Equal([("Ms Okafor", "Mother"), ("Priya Practitioner", "Social worker")], offered.Select(s => (s.Name, s.Role)));
        Assert.Equal([1, 2], history.Versions.Select(v => v.Version));
        Assert.Equal([("Ms Okafor", new int?[] { 3, 6 }), ("Priya Practitioner", new int?[] { 4, null })], history.People.Select(p => (p.Name, p.Scores.ToArray())));
        Assert.Equal([3.5m, 6m], history.Means);
    }

    [Fact]
    public async Task A_review_starts_a_new_version_and_the_earlier_one_stays_as_it_was()
    {
        var first = await FirstMap();
        await Maps(m => m.SaveAsync(first.Id, TwoDangers(Today), first.ConcurrencyToken, Priya));

        var second = (await Maps(m => m.StartVersionAsync(first.CaseId, Priya))).Value!;
        var changed = TwoDangers(Today) with { ExistingStrengths = "Grandmother now stays overnight." };
        await Maps(m => m.SaveAsync(second.Id, changed, second.ConcurrencyToken, Priya));
        var older = (await Maps(m => m.OpenAsync(first.Id, Priya)))!;
        var editOld = await Maps(m => m.SaveAsync(first.Id, changed, older.Map.ConcurrencyToken, Priya));

        Assert.Equal(2, second.Version);
        Assert.Equal(2, second.Pairs.Count);
        Assert.Equal(older.Map.Pairs.Select(p => p.Id), second.Pairs.Select(p => p.Id));
        Assert.Equal("Grandmother visits daily.", older.Map.ExistingStrengths);
        Assert.False(older.IsLatest);
        Assert.False(editOld.IsDone);
        Assert.Equal([2, 1], (await Maps(m => m.VersionsAsync(first.CaseId))).Select(v => v.Version));
    }

    [Fact]
    public async Task A_refused_save_lists_what_the_other_person_changed_since_the_version_it_started_from()
    {
        var map = await FirstMap();
        Assert.True((await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today), map.ConcurrencyToken, Priya))).IsDone);
        var loaded = (await Maps(m => m.OpenAsync(map.Id, Priya)))!.Map;
        var startedFrom = await Maps(m => Task.FromResult(MapFields.Of(loaded, m.Labels(loaded.Kind)).Values));
        Assert.True((await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today) with { ComplicatingFactors = "Dad's new partner has a conviction" }, loaded.ConcurrencyToken, Priya))).IsDone);

        var stale = await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today) with { HarmStatement = "Amara was hit" }, loaded.ConcurrencyToken, Priya, startedFrom));

        var change = Assert.Single(stale.Conflict().Changes);
        Assert.Equal(new FieldChange("ComplicatingFactors", "Complicating factors", "", "Dad's new partner has a conviction"), change);
        Assert.Equal(["Complicating factors: added 'Dad's new partner has a conviction'"], stale.Conflict().TheirChanges);
        Assert.StartsWith("Priya Practitioner saved this map at ", stale.Conflict().Message, StringComparison.Ordinal);
        Assert.Equal((await Maps(m => m.OpenAsync(map.Id, Priya)))!.Map.ConcurrencyToken.ToString(), stale.Conflict().Version);
    }

    [Fact]
    public async Task Two_saves_from_the_same_version_the_second_is_refused_and_the_first_is_kept()
    {
        var map = await FirstMap();

        var first = await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today), map.ConcurrencyToken, Priya));
        var second = await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today) with { HarmStatement = "Overwritten" }, map.ConcurrencyToken, Priya));

        Assert.True(first.IsDone);
        Assert.True(second.Failure is Failure.Conflict);
        Assert.Equal("Amara was found alone at home overnight in March.", (await Maps(m => m.OpenAsync(map.Id, Priya)))!.Map.HarmStatement);
    }

    [Fact]
    public async Task Bad_map_and_rating_input_is_refused_with_messages_in_the_authoritys_words()
    {
        var map = await FirstMap();
        var input = TwoDangers(Today.AddDays(1)) with { Pairs = [(null, "Worried", "")] };

        var refused = await Maps(m => m.SaveAsync(map.Id, input, map.ConcurrencyToken, Priya));
        Assert.True((await Maps(m => m.SaveAsync(map.Id, TwoDangers(Today), map.ConcurrencyToken, Priya))).IsDone);
        var rating = await Maps(m => m.RateAsync(map.Id, new RatingInput { PairId = Guid.NewGuid(), PersonName = "", PersonRole = "Mother", Score = 11, Why = "x", RatedOn = Today }, Priya));

        Assert.Equal(
            [new FieldError("MapDate", "The date of the map cannot be in the future"), new FieldError("Pairs-0", "Enter the safety goal for danger statement 1")],
            refused.Errors());
        Assert.Equal(["PersonName", "Score", "PairId"], rating.Errors().Select(p => p.Field));
    }

    [Fact]
    public async Task An_early_help_map_speaks_of_worries_and_wellbeing_in_the_authoritys_words()
    {
        var map = await FirstMap();
        var input = TwoDangers(Today) with { Kind = MapKind.SignsOfWellbeing, Pairs = [(null, "", "Amara goes to school every day.")] };

        var refused = await Maps(m => m.SaveAsync(map.Id, input, map.ConcurrencyToken, Priya));

        Assert.Equal([new FieldError("Pairs-0", "Enter the worry statement that wellbeing goal 1 answers")], refused.Errors());
    }

    [Fact]
    public async Task Another_authority_cannot_open_save_or_rate_a_map_given_its_id()
    {
        var map = await FirstMap();

        var opened = await At("bristol", sp => sp.GetRequiredService<SafetyMapService>().OpenAsync(map.Id, Priya));
        var saved = await At("bristol", sp => sp.GetRequiredService<SafetyMapService>().SaveAsync(map.Id, TwoDangers(Today), map.ConcurrencyToken, Priya));
        var rated = await At("bristol", sp => sp.GetRequiredService<SafetyMapService>().RateAsync(map.Id, new RatingInput { PersonName = "X", PersonRole = "Y", Score = 1, Why = "Z", RatedOn = Today }, Priya));
        var started = await At("bristol", sp => sp.GetRequiredService<SafetyMapService>().StartVersionAsync(map.CaseId, Priya));

        Assert.Null(opened);
        Assert.False(saved.IsDone);
        Assert.False(rated.IsDone);
        Assert.False(started.IsDone);
    }
}
