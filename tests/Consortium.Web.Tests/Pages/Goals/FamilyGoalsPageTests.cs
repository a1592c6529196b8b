using System.Globalization;
using System.Net;
using System.Text.Json;
using Consortium.Web.Tests.Api;
using Consortium.Web.Tests.Pages.Conflicts;

namespace Consortium.Web.Tests.Pages.Goals;

/// <summary>
/// Family goals on a case, through the page and the API: added in the family's words with a rating at the start, rated
/// at a review or at closure, achieved at the policy's threshold; bad input and stale ratings save nothing; another
/// authority and the wrong roles are refused. And the child's view recorded with direct work.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed class FamilyGoalsPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";
    private const string Bristol = "http://bristol.localhost";
    private static readonly DateTime Now = DateTime.UtcNow;
    private static string Today => Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<KeyValuePair<string, string>> WithToday(List<KeyValuePair<string, string>> form, string field) => form
        .With($"{field}.Day", Now.Day.ToString(CultureInfo.InvariantCulture))
        .With($"{field}.Month", Now.Month.ToString(CultureInfo.InvariantCulture))
        .With($"{field}.Year", Now.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>A page refused for the person's roles: 403, or a redirect to the no-access page.</summary>
    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Found && response.Headers.Location!.ToString().Contains("no-access", StringComparison.Ordinal)),
            $"{response.StatusCode} {response.Headers.Location}");

    private static async Task<JsonElement> Goals(HttpClient client, Guid caseId) =>
        (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/goals"))).GetProperty("goals");

    [Fact]
    public async Task A_practitioner_adds_a_goal_in_the_familys_words_and_rates_it_at_closure_where_it_shows_as_achieved()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Gail", "Goalpage");
        var page = $"{Brent}/cases/{caseId}/goals";
        var form = PostedForm.Of(await client.GetStringAsync(new Uri(page)));

        var (bad, badHtml) = await client.Post(page, [.. form.With("Words", "  ").With("Score", "11")]);
        var nothingSaved = (await Goals(client, caseId)).GetArrayLength();
        var (added, _) = await client.Post(page, [.. WithToday(form.With("Words", "Mum and Dad stop shouting when the children are home").With("Score", "3"), "RatedOn")]);
        var goalId = (await Goals(client, caseId))[0].GetProperty("id").GetGuid();
        var rate = $"{Brent}/cases/{caseId}/goals/{goalId}/rate";
        var (rated, _) = await client.Post(rate, [.. WithToday(PostedForm.Of(await client.GetStringAsync(new Uri(rate))).With("Stage", "Closure").With("Score", "8"), "RatedOn")]);
        var html = await client.GetStringAsync(new Uri(page));
        var csv = await client.GetStringAsync(new Uri($"{page}?handler=Csv"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var summary = WebUtility.HtmlDecode(badHtml);
        Assert.Contains("<a href=\"#Words\">Write the goal in the family's own words</a>", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Score\">Enter the family's rating, a whole number from 0 to 10</a>", summary, StringComparison.Ordinal);
        Assert.Equal(0, nothingSaved);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (added.StatusCode, rated.StatusCode));
        Assert.Equal("Achieved", Html.TestIdText(html, "closure-0"));
        Assert.Contains("Mum and Dad stop shouting when the children are home", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains($"Mum and Dad stop shouting when the children are home,Closure,{Today},8,yes", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_adds_and_rates_goals_and_refuses_a_rating_based_on_an_old_version_with_412()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Gus", "Goalapi");
        var created = await client.PostJson($"{Brent}/api/cases/{caseId}/goals", JsonSerializer.Serialize(new { words = "Sam goes to school every day", score = 2, ratedOn = Today }));
        var goal = (await ApiCalls.Json(created)).GetProperty("goals")[0];
        var ratings = $"{Brent}/api/cases/{caseId}/goals/{goal.GetProperty("id").GetGuid()}/ratings";

        var review = await client.PostJson(ratings, JsonSerializer.Serialize(new { basedOnVersion = 1, stage = "Review", score = 5, ratedOn = Today }));
        var stale = await client.PostJson(ratings, JsonSerializer.Serialize(new { basedOnVersion = 1, stage = "Closure", score = 9, ratedOn = Today }));
        var invalid = await client.PostJson(ratings, JsonSerializer.Serialize(new { basedOnVersion = 2, stage = "Closure", score = 12, ratedOn = Today }));
        var closure = await client.PostJson(ratings, JsonSerializer.Serialize(new { basedOnVersion = 2, stage = "Closure", score = 6, ratedOn = Today }));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created), (created.StatusCode, review.StatusCode, closure.StatusCode));
        Assert.Contains("rated this goal", ApiCalls.Detail(await ApiCalls.Problem(stale, HttpStatusCode.PreconditionFailed)), StringComparison.Ordinal);
        await ApiCalls.Problem(invalid, HttpStatusCode.BadRequest);
        var after = (await Goals(client, caseId))[0];
        Assert.Equal(["Start:2", "Review:5", "Closure:6"], after.GetProperty("ratings").EnumerateArray().Select(r => $"{r.GetProperty("stage").GetString()}:{r.GetProperty("score").GetInt32()}"));
        Assert.False(after.GetProperty("achieved").GetBoolean());
    }

    [Fact]
    public async Task Another_authority_cannot_reach_the_goals_and_quality_assurance_reads_but_does_not_record()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Iris", "Goalisolated");
        await client.PostJson($"{Brent}/api/cases/{caseId}/goals", JsonSerializer.Serialize(new { words = "Iris feels safe at home", score = 2, ratedOn = Today }));
        var goalId = (await Goals(client, caseId))[0].GetProperty("id").GetGuid();
        var bristol = await factory.SignedIn($"{Bristol}/caseload", "practitioner@bristol");
        var qa = await factory.SignedIn($"{Brent}/caseload", "qa@brent");
        var noAccess = await factory.SignedIn($"{Brent}/me", "noaccess@brent");

        Assert.Equal(HttpStatusCode.NotFound, (await bristol.Get($"{Bristol}/cases/{caseId}/goals")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bristol.Get($"{Bristol}/cases/{caseId}/goals/{goalId}/rate")).StatusCode);
        await ApiCalls.Problem(await bristol.Get($"{Bristol}/api/cases/{caseId}/goals"), HttpStatusCode.NotFound);
        await ApiCalls.Problem(await bristol.PostJson($"{Bristol}/api/cases/{caseId}/goals", JsonSerializer.Serialize(new { words = "x", score = 2, ratedOn = Today })), HttpStatusCode.NotFound);
        var qaPage = await qa.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/goals"));
        Assert.Contains("Iris feels safe at home", WebUtility.HtmlDecode(qaPage), StringComparison.Ordinal);
        Assert.DoesNotContain("Add a goal", qaPage, StringComparison.Ordinal);
        AssertRefused(await qa.Get($"{Brent}/cases/{caseId}/goals/{goalId}/rate"));
        AssertRefused(await noAccess.Get($"{Brent}/cases/{caseId}/goals"));
        Assert.Single((await Goals(client, caseId)).EnumerateArray());
    }

    [Fact]
    public async Task The_childs_view_is_recorded_with_direct_work_and_shown_on_the_childs_record_and_an_unknown_answer_saves_nothing()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Vera", "Childview");
        var page = $"{Brent}/cases/{caseId}/direct-work";
        var form = WithToday(PostedForm.Of(await client.GetStringAsync(new Uri(page))), "DoneOn")
            .With("Tool", "WordsAndPictures").With("ChildsWords", "Mummy was poorly and the police came").With("ChildConsent", "Given").With("ParentConsent", "Given")
            .With("ExplainedWorries", "Yes").With("StoryHelped", "Partly").With("ChildViewWords", "I like that Nana stays");

        var (bad, badHtml) = await client.Post(page, [.. form.With("PlanMakesSafe", "Maybe")]);
        var before = await client.GetStringAsync(new Uri($"{Brent}/children/{childId}"));
        var (saved, _) = await client.Post(page, [.. form.With("PlanMakesSafe", "Yes")]);
        var record = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"{Brent}/children/{childId}")));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#PlanMakesSafe\">Select the child's answer: yes, partly, no or not asked</a>", WebUtility.HtmlDecode(badHtml), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"direct-work\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var view = PostedForm.Text(System.Text.RegularExpressions.Regex.Match(record, "data-testid=\"child-view\"[^>]*>(.*?)</dl>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        Assert.Contains("Did the worker explain the worries about you? Yes", view, StringComparison.Ordinal);
        Assert.Contains("help you understand what is happening? Partly", view, StringComparison.Ordinal);
        Assert.Contains("Does the plan make you feel safe? Yes", view, StringComparison.Ordinal);
        Assert.Contains("I like that Nana stays", record, StringComparison.Ordinal);
    }
}
