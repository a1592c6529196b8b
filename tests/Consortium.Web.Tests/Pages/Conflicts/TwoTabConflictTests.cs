using System.Globalization;
using System.Net;
using System.Text.Json;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Conflicts;

/// <summary>
/// The same record open in two tabs (or by two people): the second save is a conflict that shows, field by field,
/// what the first changed, keeps the person's own input, takes the other change into the form where only they made
/// it, and so saving again loses nothing. Its own host, because one test changes the authority's policy.
/// </summary>
public sealed class TwoTabConflictTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MapJson(string harm, string complicating, string strengths = "Gran visits every day") => JsonSerializer.Serialize(new
    {
        mapDate = Today,
        harmStatement = harm,
        complicatingFactors = complicating,
        existingStrengths = strengths,
        pairs = new[] { new { statement = "Mira may be hit when dad drinks", goal = "Mira is safe when dad drinks" } },
        nextSteps = new[] { new { what = "Visit the family", who = "Social worker", due = (string?)null, done = false } },
    });

    private async Task<(HttpClient Practitioner, HttpClient Manager, Guid MapId)> MapAtBrent(string family)
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Mira", family);
        var (mapId, etag) = await practitioner.StartMap(Brent, caseId);
        var saved = await practitioner.PutJson($"{Brent}/api/maps/{mapId}", MapJson("Mira was hurt", "Mum drinks"), etag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return (practitioner, manager, mapId);
    }

    [Fact]
    public async Task A_map_saved_in_another_tab_is_shown_field_by_field_and_saving_again_keeps_both_changes()
    {
        var (practitioner, manager, mapId) = await MapAtBrent("Twotabs");
        var edit = $"{Brent}/maps/{mapId}/edit";
        var first = PostedForm.Of(await manager.GetStringAsync(new Uri(edit)));
        var second = PostedForm.Of(await practitioner.GetStringAsync(new Uri(edit)));

        var (saved, _) = await manager.Post(edit, first.With("ComplicatingFactors", "Mum drinks\r\nDad's new partner has a conviction"));
        var (refused, html) = await practitioner.Post(edit, second.With("HarmStatement", "Mira was hit with a belt"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Mo Manager saved this map at ", PostedForm.Text(html), StringComparison.Ordinal);
        Assert.Equal(
            "What changed since you opened this page Complicating factors Before: Mum drinks Now: Mum drinks Dad's new partner has a conviction You had not changed this: their version is now in the form.",
            PostedForm.TheirChanges(html));
        var again = PostedForm.Of(html);
        Assert.Equal("Mira was hit with a belt", again.Value("HarmStatement"));
        Assert.Equal("Mum drinks\nDad's new partner has a conviction", again.Value("ComplicatingFactors").ReplaceLineEndings("\n"));

        var (resaved, _) = await practitioner.Post(edit, again);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var map = await ApiCalls.Json(await practitioner.Get($"{Brent}/api/maps/{mapId}"));
        Assert.Equal("Mira was hit with a belt", map.GetProperty("harmStatement").GetString());
        Assert.Equal("Mum drinks\nDad's new partner has a conviction", map.GetProperty("complicatingFactors").GetString()!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_field_both_tabs_changed_keeps_this_persons_input_with_theirs_shown_beside_it()
    {
        var (practitioner, manager, mapId) = await MapAtBrent("Bothchanged");
        var edit = $"{Brent}/maps/{mapId}/edit";
        var first = PostedForm.Of(await manager.GetStringAsync(new Uri(edit)));
        var second = PostedForm.Of(await practitioner.GetStringAsync(new Uri(edit)));

        await manager.Post(edit, first.With("ExistingStrengths", "Gran visits every day and stays over at weekends"));
        var (_, html) = await practitioner.Post(edit, second.With("ExistingStrengths", "Gran visits every day; school says Mira is happy"));

        Assert.Contains(
            "Existing strengths Before: Gran visits every day Now: Gran visits every day and stays over at weekends You changed this too: your version is in the form. Yours: Gran visits every day; school says Mira is happy",
            PostedForm.TheirChanges(html), StringComparison.Ordinal);
        Assert.Equal("Gran visits every day; school says Mira is happy", PostedForm.Of(html).Value("ExistingStrengths"));
    }

    [Fact]
    public async Task A_save_made_after_the_conflict_was_shown_is_again_a_conflict_never_a_silent_overwrite()
    {
        var (practitioner, manager, mapId) = await MapAtBrent("Racing");
        var edit = $"{Brent}/maps/{mapId}/edit";
        var first = PostedForm.Of(await manager.GetStringAsync(new Uri(edit)));
        var second = PostedForm.Of(await practitioner.GetStringAsync(new Uri(edit)));
        await manager.Post(edit, first.With("ComplicatingFactors", "Mum drinks\nDad's new partner has a conviction"));
        var (_, shown) = await practitioner.Post(edit, second.With("HarmStatement", "Mira was hit with a belt"));

        var third = PostedForm.Of(await manager.GetStringAsync(new Uri(edit)));
        var (thirdSaved, _) = await manager.Post(edit, third.With("ExistingSafety", "Mum took Mira to Gran's when dad came home drunk"));
        var (refusedAgain, html) = await practitioner.Post(edit, PostedForm.Of(shown));

        Assert.Equal(HttpStatusCode.Redirect, thirdSaved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refusedAgain.StatusCode);
        Assert.Equal(
            "What changed since you opened this page Existing safety Before: nothing Now: Mum took Mira to Gran's when dad came home drunk You had not changed this: their version is now in the form.",
            PostedForm.TheirChanges(html));

        var (resaved, _) = await practitioner.Post(edit, PostedForm.Of(html));
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var map = await ApiCalls.Json(await practitioner.Get($"{Brent}/api/maps/{mapId}"));
        Assert.Equal(
            ("Mira was hit with a belt", "Mum drinks\nDad's new partner has a conviction", "Mum took Mira to Gran's when dad came home drunk"),
            (map.GetProperty("harmStatement").GetString(), map.GetProperty("complicatingFactors").GetString()!.ReplaceLineEndings("\n"), map.GetProperty("existingSafety").GetString()));
    }

    [Fact]
    public async Task A_safety_plan_revised_in_another_tab_is_shown_field_by_field_and_saving_again_keeps_both_changes()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Sami", "Twoplans");
        var added = await practitioner.PostJson($"{Brent}/api/cases/{caseId}/safety/network", ApiCalls.NetworkMemberJson("Auntie Netta"));
        var memberId = (await ApiCalls.Json(added)).GetProperty("network")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await practitioner.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(0, memberId))).StatusCode);
        var page = $"{Brent}/cases/{caseId}/safety/plan";
        var first = PostedForm.Of(await manager.GetStringAsync(new Uri(page)));
        var second = PostedForm.Of(await practitioner.GetStringAsync(new Uri(page)));

        var (saved, _) = await manager.Post(page, first.With("BottomLines", "No contact after drinking. No overnight stays"));
        var (refused, html) = await practitioner.Post(page, second.With("WarningSigns", "Shouting. Slammed doors"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Mo Manager saved revision 2 of this plan at ", PostedForm.Text(html), StringComparison.Ordinal);
        Assert.Equal(
            "What changed since you opened this page Bottom lines Before: No contact after drinking Now: No contact after drinking. No overnight stays You had not changed this: their version is now in the form.",
            PostedForm.TheirChanges(html));
        var again = PostedForm.Of(html);
        Assert.Equal("Shouting. Slammed doors", again.Value("WarningSigns"));

        var (resaved, _) = await practitioner.Post(page, again);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var current = (await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{caseId}/safety"))).GetProperty("revisions")[0];
        Assert.Equal(
            (3, "Shouting. Slammed doors", "No contact after drinking. No overnight stays"),
            (current.GetProperty("revision").GetInt32(), current.GetProperty("warningSigns").GetString(), current.GetProperty("bottomLines").GetString()));
    }

    [Fact]
    public async Task A_meeting_recorded_on_the_plan_in_another_tab_is_shown_and_saving_again_records_both()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var attendee = (await DirectoryStaff.AddAsync(factory.Services, "brent", "pia.twomeetings@brent.example", "Pat", "Twomeetings")).Id.ToString();
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Pia", "Twomeetings");
        await practitioner.OntoAPlan(Brent, caseId);
        var page = $"{Brent}/cases/{caseId}/plan";
        var today = DateTime.UtcNow;
        var first = PostedForm.Of(await manager.GetStringAsync(new Uri(page)), "CoreGroupHeldOn.Day")
            .With("CoreGroupHeldOn.Day", today.Day.ToString(CultureInfo.InvariantCulture)).With("CoreGroupHeldOn.Month", today.Month.ToString(CultureInfo.InvariantCulture)).With("CoreGroupHeldOn.Year", today.Year.ToString(CultureInfo.InvariantCulture))
            .With("CoreGroupStaffAttendees", attendee);
        var second = PostedForm.Of(await practitioner.GetStringAsync(new Uri(page)), "ReviewHeldOn.Day")
            .With("ReviewHeldOn.Day", today.Day.ToString(CultureInfo.InvariantCulture)).With("ReviewHeldOn.Month", today.Month.ToString(CultureInfo.InvariantCulture)).With("ReviewHeldOn.Year", today.Year.ToString(CultureInfo.InvariantCulture))
            .With("Outcome", "ContinuePlan").With("ReviewStaffAttendees", attendee);

        var (saved, _) = await manager.Post($"{page}?handler=CoreGroup", first);
        var (refused, html) = await practitioner.Post($"{page}?handler=Review", second);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Mo Manager changed this case at ", PostedForm.Text(html), StringComparison.Ordinal);
        Assert.Equal(
            $"What changed since you opened this page Core group meetings Before: nothing Now: {today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} Your version is in the form.",
            PostedForm.TheirChanges(html));
        var again = PostedForm.Of(html, "ReviewHeldOn.Day");
        Assert.Equal("ContinuePlan", again.Value("Outcome"));

        var (resaved, _) = await practitioner.Post($"{page}?handler=Review", again);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var plan = await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{caseId}/plan"));
        Assert.Single(plan.GetProperty("reviews").EnumerateArray());
        Assert.Single(plan.GetProperty("coreGroups").EnumerateArray());
    }

    [Fact]
    public async Task Policy_saved_by_another_administrator_is_shown_setting_by_setting_and_saving_again_keeps_both()
    {
        var first = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        var second = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        var page = $"{Brent}/admin/policy";
        var firstForm = PostedForm.Of(await first.GetStringAsync(new Uri(page)));
        var secondForm = PostedForm.Of(await second.GetStringAsync(new Uri(page)));
        var visits = secondForm.Value("Values[Timescales.VisitFrequencyWorkingDays]");

        var (saved, _) = await first.Post(page, firstForm.With("Values[Timescales.VisitFrequencyWorkingDays]", "15").With("Values[Terminology.ModelName]", "Brent Safety"));
        var (refused, html) = await second.Post(page, secondForm.With("Values[Timescales.MapReviewIntervalDays]", "60").With("Values[Timescales.VisitFrequencyWorkingDays]", "20"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ada Administrator saved a newer version (2) at ", PostedForm.Text(html), StringComparison.Ordinal);
        var panel = PostedForm.TheirChanges(html);
        Assert.Contains($"Visit frequency Before: {visits} Now: 15 You changed this too: your version is in the form. Yours: 20", panel, StringComparison.Ordinal);
        Assert.Contains("Name of the practice model Before: Signs of Safety Now: Brent Safety You had not changed this: their version is now in the form.", panel, StringComparison.Ordinal);
        var again = PostedForm.Of(html);
        Assert.Equal(("20", "Brent Safety", "60"), (again.Value("Values[Timescales.VisitFrequencyWorkingDays]"), again.Value("Values[Terminology.ModelName]"), again.Value("Values[Timescales.MapReviewIntervalDays]")));

        var (resaved, _) = await second.Post(page, again);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var form = PostedForm.Of(await first.GetStringAsync(new Uri(page)));
        Assert.Equal(("20", "Brent Safety", "60"), (form.Value("Values[Timescales.VisitFrequencyWorkingDays]"), form.Value("Values[Terminology.ModelName]"), form.Value("Values[Timescales.MapReviewIntervalDays]")));
    }

    [Fact]
    public async Task A_stale_safety_plan_revision_through_the_api_is_a_412_listing_their_changes_field_by_field()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Ari", "Apiplans");
        var added = await practitioner.PostJson($"{Brent}/api/cases/{caseId}/safety/network", ApiCalls.NetworkMemberJson("Auntie Netta"));
        var memberId = (await ApiCalls.Json(added)).GetProperty("network")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await practitioner.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(0, memberId))).StatusCode);
        var revised = JsonSerializer.Serialize(new
        {
            basedOnRevision = 1,
            status = "Draft",
            rules = new[] { new { rule = "An adult from the network is always at home after school", responsible = new[] { memberId } } },
            warningSigns = "Shouting. Slammed doors",
            bottomLines = "No contact after drinking",
            childsVersion = "Someone is always with me",
        });

        Assert.Equal(HttpStatusCode.Created, (await practitioner.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", revised)).StatusCode);
        var stale = await manager.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(1, memberId));

        var problem = await ApiCalls.Problem(stale, HttpStatusCode.PreconditionFailed);
        var change = Assert.Single(problem.GetProperty("changes").EnumerateArray());
        Assert.Equal(
            ("warningSigns", "Warning signs", "Shouting", "Shouting. Slammed doors"),
            (change.GetProperty("field").GetString(), change.GetProperty("label").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal(["Warning signs: 'Shouting' → 'Shouting. Slammed doors'"], problem.GetProperty("theirChanges").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("Priya Practitioner saved revision 2 of this plan at ", ApiCalls.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_map_save_through_the_api_is_a_412_listing_what_they_changed_field_by_field_before_and_after()
    {
        var (practitioner, manager, mapId) = await MapAtBrent("Apimaps");
        var etag = (await practitioner.Get($"{Brent}/api/maps/{mapId}")).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await manager.PutJson($"{Brent}/api/maps/{mapId}", MapJson("Mira was hurt", "Mum drinks. Dad's new partner has a conviction"), etag)).StatusCode);

        var stale = await practitioner.PutJson($"{Brent}/api/maps/{mapId}", MapJson("Mira was hurt", "Mum drinks"), etag);

        var problem = await ApiCalls.Problem(stale, HttpStatusCode.PreconditionFailed);
        var change = Assert.Single(problem.GetProperty("changes").EnumerateArray());
        Assert.Equal(
            ("complicatingFactors", "Complicating factors", "Mum drinks", "Mum drinks. Dad's new partner has a conviction"),
            (change.GetProperty("field").GetString(), change.GetProperty("label").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal(["Complicating factors: 'Mum drinks' → 'Mum drinks. Dad's new partner has a conviction'"], problem.GetProperty("theirChanges").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("Mo Manager saved this map at ", ApiCalls.Detail(problem), StringComparison.Ordinal);
        Assert.Equal("Mum drinks. Dad's new partner has a conviction", (await ApiCalls.Json(await practitioner.Get($"{Brent}/api/maps/{mapId}"))).GetProperty("complicatingFactors").GetString());
    }

    [Fact]
    public async Task A_stale_save_of_a_record_since_restricted_or_at_another_authority_shows_nothing_of_it()
    {
        var (practitioner, manager, mapId) = await MapAtBrent("Hiddenconflict");
        var edit = $"{Brent}/maps/{mapId}/edit";
        var stale = PostedForm.Of(await practitioner.GetStringAsync(new Uri(edit)));
        var first = PostedForm.Of(await manager.GetStringAsync(new Uri(edit)));
        await manager.Post(edit, first.With("ComplicatingFactors", "Dad's new partner has a conviction"));
        var map = await ApiCalls.Json(await manager.Get($"{Brent}/api/maps/{mapId}"));
        var detail = await ApiCalls.Json(await manager.Get($"{Brent}/api/cases/{map.GetProperty("caseId").GetGuid()}"));
        var childPath = $"/children/{detail.GetProperty("child").GetProperty("id").GetGuid()}";
        var childPage = await manager.GetStringAsync(new Uri($"{Brent}{childPath}"));
        var restricted = await manager.PostAsync(new Uri($"{Brent}{childPath}?handler=Restrict"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(childPage),
            ["Token"] = System.Text.RegularExpressions.Regex.Match(childPage, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["Restricted"] = "true",
            ["PermittedStaff"] = "manager@brent",
        }));
        Assert.Equal(HttpStatusCode.Found, restricted.StatusCode);

        var (refused, html) = await practitioner.Post(edit, stale.With("HarmStatement", "Changed"));
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "manager@bristol");
        var bristolForm = PostedForm.Of(await bristol.GetStringAsync(new Uri("http://bristol.localhost/referrals/new")));
        var (elsewhere, elsewhereHtml) = await bristol.Post($"http://bristol.localhost/maps/{mapId}/edit", stale.With("__RequestVerificationToken", bristolForm.Value("__RequestVerificationToken")));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.All([html, elsewhereHtml], body => Assert.DoesNotContain("conviction", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sibling_added_in_another_tab_is_shown_in_the_panel_the_persons_input_is_kept_and_saving_again_adds_theirs_too()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Sade", "Twosiblings");
        var page = $"{Brent}/cases/{caseId}/siblings/new";
        var first = PostedForm.Of(await practitioner.GetStringAsync(new Uri(page)));
        var second = PostedForm.Of(await practitioner.GetStringAsync(new Uri(page)));
        List<KeyValuePair<string, string>> Sibling(List<KeyValuePair<string, string>> form, string given) => form
            .With("GivenName", given).With("DateOfBirth.Day", "2").With("DateOfBirth.Month", "2").With("DateOfBirth.Year", "2020").With("SexCode", "1").With("EthnicityCode", "BAFR");

        var (saved, _) = await practitioner.Post(page, Sibling(first, "Tunde"));
        var (refused, html) = await practitioner.Post(page, Sibling(second, "Ola"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(" changed this case at ", PostedForm.Text(html), StringComparison.Ordinal);
        var panel = PostedForm.TheirChanges(html);
        Assert.NotNull(panel);
        Assert.Contains("Family Before: nothing Now: Tunde Twosiblings (Sibling)", panel, StringComparison.Ordinal);
        var again = PostedForm.Of(html);
        Assert.Equal(("Ola", "2020"), (again.Value("GivenName"), again.Value("DateOfBirth.Year")));

        var (resaved, _) = await practitioner.Post(page, again);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var siblings = (await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{caseId}"))).GetProperty("siblings").EnumerateArray().Select(s => s.GetProperty("childName").GetString()).Order();
        Assert.Equal(["Ola Twosiblings", "Tunde Twosiblings"], siblings);
    }
}
