using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Consortium.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>The outcome of a strategy discussion and of a section 47 enquiry: its page, the case page, the API, the access log and another authority.</summary>
[Collection(SharedWebHost.Name)]
public sealed class EnquiryOutcomesPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private async Task<int> LoggedOutcomes(Guid caseId)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("brent"))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var ids = await db.EnquiryOutcomes.Where(o => o.CaseId == caseId).Select(o => o.Id).ToListAsync(ct);
            return await db.AccessLog.CountAsync(l => l.RecordType == "enquiry-outcome" && ids.Contains(l.RecordId), ct);
        });
    }

    [Fact]
    public async Task A_practitioner_records_the_strategy_discussions_outcome_on_its_page_and_the_section_47_outcome_by_api_and_another_authority_finds_no_case()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, etag) = await client.RecordReferral(Brent, "Esme", "Enquiry");
        var moved = await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("StrategyDiscussion"), etag);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var page = new Uri($"{Brent}/cases/{caseId}/enquiries");
        var html = await client.GetStringAsync(page);
        var today = DateTime.UtcNow;
        Dictionary<string, string> Form(string outcome) => new()
        {
            ["__RequestVerificationToken"] = Html.FormToken(html), ["StrategyOutcome"] = outcome, ["StrategyReasons"] = "Police and school share the worry.",
            ["StrategyDecidedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture), ["StrategyDecidedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture), ["StrategyDecidedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        };

        var bad = await client.PostAsync(new Uri($"{page}?handler=Strategy"), new FormUrlEncodedContent(Form("")));
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        var saved = await client.PostAsync(new Uri($"{page}?handler=Strategy"), new FormUrlEncodedContent(Form("StartSection47")));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("<a href=\"#StrategyOutcome\">Select the outcome of the strategy discussion</a>", badHtml, StringComparison.Ordinal);
        Assert.Contains("Police and school share the worry.</textarea>", badHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(page));
        Assert.Contains("Strategy discussion outcome saved", after, StringComparison.Ordinal);
        Assert.Contains("Start a section 47 enquiry, ", Html.TestIdText(after, "outcome-StrategyDiscussion"), StringComparison.Ordinal);
        Assert.Contains("Strategy discussion: Start a section 47 enquiry", WebUtility.HtmlDecode(Html.TestIdText(await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}")), "enquiry-outcomes")!), StringComparison.Ordinal);

        var caseEtag = (await client.Get($"{Brent}/api/cases/{caseId}")).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Section47Enquiry"), caseEtag)).StatusCode);
        var body = JsonSerializer.Serialize(new { step = "Section47Enquiry", outcome = "ConferenceNeeded", decidedOn = ApiCalls.Today });
        var wrong = await client.PostJson($"{Brent}/api/cases/{caseId}/enquiry-outcomes", JsonSerializer.Serialize(new { step = "Section47Enquiry", outcome = "StartSection47", decidedOn = ApiCalls.Today }));
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        var elsewhere = await bristol.PostJson($"http://bristol.localhost/api/cases/{caseId}/enquiry-outcomes", body);
        var elsewhereRead = await bristol.Get($"http://bristol.localhost/api/cases/{caseId}/enquiry-outcomes");
        var elsewherePage = await bristol.GetAsync(new Uri($"http://bristol.localhost/cases/{caseId}/enquiries"));
        var created = await client.PostJson($"{Brent}/api/cases/{caseId}/enquiry-outcomes", body);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await ApiCalls.Json(wrong)).GetProperty("errors").TryGetProperty("outcome", out _));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (elsewhere.StatusCode, elsewhereRead.StatusCode, elsewherePage.StatusCode));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False((await ApiCalls.Json(created)).GetProperty("icpcNotRequired").GetBoolean());
        var list = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/enquiry-outcomes"));
        Assert.Equal(["StrategyDiscussion:StartSection47", "Section47Enquiry:ConferenceNeeded"], list.EnumerateArray().Select(o => $"{o.GetProperty("step").GetString()}:{o.GetProperty("outcome").GetString()}"));
        Assert.Equal(2, await LoggedOutcomes(caseId));
    }

    private static string Part(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{from} is on the page");
        return html[start..html.IndexOf(to, start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task A_recorded_outcome_is_corrected_on_its_page_with_a_reason_a_second_tab_sees_the_other_correction_and_the_api_and_another_authority_are_held_to_the_same_rules()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, etag) = await client.RecordReferral(Brent, "Ezra", "Correction");
        Assert.Equal(HttpStatusCode.OK, (await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("StrategyDiscussion"), etag)).StatusCode);
        var body = JsonSerializer.Serialize(new { step = "StrategyDiscussion", outcome = "StartSection47", decidedOn = ApiCalls.Today, reasons = "Police share the worry." });
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson($"{Brent}/api/cases/{caseId}/enquiry-outcomes", body)).StatusCode);
        var page = new Uri($"{Brent}/cases/{caseId}/enquiries/StrategyDiscussion/correct");
        var firstTab = await client.GetStringAsync(page);
        var secondTab = await client.GetStringAsync(page);
        var today = DateTime.UtcNow;
        Dictionary<string, string> Form(string tab, string outcome, string why) => new()
        {
            ["__RequestVerificationToken"] = Html.FormToken(tab), ["Token"] = Regex.Match(tab, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value, ["Outcome"] = outcome, ["Reasons"] = "Police share the worry.", ["WhyCorrected"] = why,
            ["DecidedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture), ["DecidedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture), ["DecidedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        };

        var noReason = await client.PostAsync(page, new FormUrlEncodedContent(Form(firstTab, "SingleAssessment", "")));
        var first = await client.PostAsync(page, new FormUrlEncodedContent(Form(firstTab, "SingleAssessment", "The manager decided on section 17")));
        var second = await client.PostAsync(page, new FormUrlEncodedContent(Form(secondTab, "NoFurtherAction", "Entered in a hurry")));
        var secondHtml = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("<a href=\"#WhyCorrected\">Say why the outcome is being corrected</a>", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var theirs = Part(secondHtml, "data-testid=\"their-changes\"", "</section>");
        Assert.Contains("Start a section 47 enquiry", theirs, StringComparison.Ordinal);
        Assert.Contains("No section 47 enquiry: continue the single assessment (section 17)", theirs, StringComparison.Ordinal);
        Assert.Contains("value=\"NoFurtherAction\" selected", secondHtml, StringComparison.Ordinal);
        Assert.Contains("Entered in a hurry</textarea>", secondHtml, StringComparison.Ordinal);
        var enquiries = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/enquiries")));
        Assert.Contains("No section 47 enquiry: continue the single assessment (section 17), ", Html.TestIdText(enquiries, "outcome-StrategyDiscussion"), StringComparison.Ordinal);
        var history = Part(enquiries, "data-testid=\"corrections-StrategyDiscussion\"", "<h2");
        Assert.Contains("Start a section 47 enquiry", history, StringComparison.Ordinal);
        Assert.Contains("The manager decided on section 17", history, StringComparison.Ordinal);

        var listed = (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/enquiry-outcomes"))).EnumerateArray().Single();
        var current = listed.GetProperty("etag").GetString()!;
        var correction = JsonSerializer.Serialize(new { outcome = "NoFurtherAction", decidedOn = ApiCalls.Today, whyCorrected = "Confirmed with the police" });
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        var elsewhere = await bristol.PutJson($"http://bristol.localhost/api/cases/{caseId}/enquiry-outcomes/StrategyDiscussion", correction, current);
        var elsewherePage = await bristol.GetAsync(new Uri($"http://bristol.localhost/cases/{caseId}/enquiries/StrategyDiscussion/correct"));
        var withoutIfMatch = await client.PutJson($"{Brent}/api/cases/{caseId}/enquiry-outcomes/StrategyDiscussion", correction);
        var stale = await client.PutJson($"{Brent}/api/cases/{caseId}/enquiry-outcomes/StrategyDiscussion", correction, etag);
        var corrected = await client.PutJson($"{Brent}/api/cases/{caseId}/enquiry-outcomes/StrategyDiscussion", correction, current);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (elsewhere.StatusCode, elsewherePage.StatusCode));
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var after = await ApiCalls.Json(corrected);
        Assert.Equal(("NoFurtherAction", 2), (after.GetProperty("outcome").GetString(), after.GetProperty("corrections").GetArrayLength()));
        Assert.Equal(after.GetProperty("etag").GetString(), corrected.Headers.ETag!.ToString());
        Assert.Equal(3, await LoggedOutcomes(caseId));
    }
}
