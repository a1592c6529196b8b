using System.Globalization;
using System.Net;
using System.Text.Json;
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
}
