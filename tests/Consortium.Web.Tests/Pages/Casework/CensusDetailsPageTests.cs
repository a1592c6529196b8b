using System.Net;
using System.Text.Json;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>The census details of a child and of an episode: their pages with the error summary, the API with problem details and If-Match, roles, and another authority.</summary>
[Collection(SharedWebHost.Name)]
public sealed class CensusDetailsPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";
    private const string ValidUpn = "H801200001001";

    private static string? InputValue(string html, string name) =>
        System.Text.RegularExpressions.Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : null;

    [Fact]
    public async Task A_practitioner_records_a_upn_on_the_childs_page_a_wrong_check_letter_is_in_the_error_summary_and_an_administrator_may_not()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (_, childId, _) = await client.RecordReferral(Brent, "Una", "Pupil");
        var page = new Uri($"{Brent}/children/{childId}/census-details");
        var html = await client.GetStringAsync(page);
        Dictionary<string, string> Form(string upn) => new() { ["__RequestVerificationToken"] = Html.FormToken(html), ["Token"] = InputValue(html, "Token")!, ["Upn"] = upn };

        var bad = await client.PostAsync(page, new FormUrlEncodedContent(Form("A801200001001")));
        var saved = await client.PostAsync(page, new FormUrlEncodedContent(Form(ValidUpn.ToLowerInvariant())));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#Upn\">The UPN's first letter does not match the rest of it", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Contains(ValidUpn, Html.TestIdText(await client.GetStringAsync(new Uri($"{Brent}/children/{childId}")), "upn"), StringComparison.Ordinal);

        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        var adminHtml = await admin.GetStringAsync(page);
        var refused = await admin.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Html.FormToken(adminHtml), ["Upn"] = "" }));
        Assert.Contains("/no-access", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains(ValidUpn, Html.TestIdText(await client.GetStringAsync(new Uri($"{Brent}/children/{childId}")), "upn"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_records_a_childs_census_details_with_if_match_answers_problems_and_another_authority_finds_nothing()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (_, childId, _) = await client.RecordReferral(Brent, "Ulla", "Pupil");
        var url = $"{Brent}/api/children/{childId}/census-details";
        var read = await client.Get(url);
        var etag = read.Headers.ETag!.ToString();

        var noIfMatch = await client.PutJson(url, JsonSerializer.Serialize(new { upn = ValidUpn }));
        var invalid = await client.PutJson(url, JsonSerializer.Serialize(new { upn = ValidUpn, upnUnknown = "UN2", formerUpn = "X1" }), etag);
        var saved = await client.PutJson(url, JsonSerializer.Serialize(new { upn = ValidUpn }), etag);
        var stale = await client.PutJson(url, JsonSerializer.Serialize(new { upnUnknown = "UN2" }), etag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        var problem = await ApiCalls.Problem(invalid, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ApiCalls.Errors(problem, "upnUnknown"));
        Assert.NotEmpty(ApiCalls.Errors(problem, "formerUpn"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(ValidUpn, (await ApiCalls.Json(saved)).GetProperty("upn").GetString());
        await ApiCalls.Problem(stale, HttpStatusCode.PreconditionFailed);

        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        Assert.Equal(HttpStatusCode.NotFound, (await bristol.Get($"http://bristol.localhost/api/children/{childId}/census-details")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bristol.PutJson($"http://bristol.localhost/api/children/{childId}/census-details", "{}", etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bristol.GetAsync(new Uri($"http://bristol.localhost/children/{childId}/census-details"))).StatusCode);
    }

    [Fact]
    public async Task A_practitioner_records_referral_no_further_action_on_the_episodes_page_and_the_api_refuses_it_for_an_assessed_case()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, etag) = await client.RecordReferral(Brent, "Nia", "Nfa");
        var page = new Uri($"{Brent}/cases/{caseId}/census-details");
        var html = await client.GetStringAsync(page);

        var saved = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(html), ["Token"] = InputValue(html, "Token")!, ["StartedFrom"] = WebUtility.HtmlDecode(InputValue(html, "StartedFrom")!), ["ReferralNfa"] = "true",
        }));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Contains("no further action: yes", Html.TestIdText(await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}")), "episode-census"), StringComparison.Ordinal);

        var assessed = await client.Get($"{Brent}/api/cases/{caseId}");
        var moved = await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Assessment"), assessed.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var refused = await client.PutJson($"{Brent}/api/cases/{caseId}/census-details", JsonSerializer.Serialize(new { referralNfa = true }), moved.Headers.ETag!.ToString());
        Assert.NotEmpty(ApiCalls.Errors(await ApiCalls.Problem(refused, HttpStatusCode.BadRequest), "referralNfa"));
        var stale = await client.PutJson($"{Brent}/api/cases/{caseId}/census-details", JsonSerializer.Serialize(new { referralNfa = false }), etag);
        await ApiCalls.Problem(stale, HttpStatusCode.PreconditionFailed);
    }
}
