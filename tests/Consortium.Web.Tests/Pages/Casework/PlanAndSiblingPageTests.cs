using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class PlanAndSiblingPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";
    private readonly ConsortiumWebFactory _factory = factory;

    private static string Token(string html) => Regex.Match(html, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value;

    private static Dictionary<string, string> Date(string field, DateTime date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static FormUrlEncodedContent Form(string html, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Html.FormToken(html);
        fields["Token"] = Token(html);
        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task A_practitioner_records_meetings_on_the_plan_page_mistakes_are_summarised_and_a_stale_form_is_refused_with_the_input_kept()
    {
        var attendee = (await DirectoryStaff.AddAsync(_factory.Services, "brent", "pia.planpage@brent.example", "Pat", "Planpage")).Id.ToString();
        var client = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Pia", "Planpage");
        await client.OntoAPlan(Brent, caseId);
        var page = new Uri($"{Brent}/cases/{caseId}/plan");
        var html = await client.GetStringAsync(page);
        Assert.Contains("First review conference", html, StringComparison.Ordinal);

        var future = await client.PostAsync(new Uri($"{page}?handler=Review"), Form(html, new(Date("ReviewHeldOn", DateTime.UtcNow.AddDays(2))) { ["Outcome"] = "ContinuePlan" }));
        var futureHtml = await future.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("<a href=\"#ReviewHeldOn\">The date cannot be in the future</a>", futureHtml, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ContinuePlan\" selected", futureHtml, StringComparison.Ordinal);

        var saved = await client.PostAsync(new Uri($"{page}?handler=CoreGroup"), Form(html, new(Date("CoreGroupHeldOn", DateTime.UtcNow)) { ["CoreGroupStaffAttendees"] = attendee }));
        var stale = await client.PostAsync(new Uri($"{page}?handler=Review"), Form(html, new(Date("ReviewHeldOn", DateTime.UtcNow)) { ["Outcome"] = "EndPlan", ["Then"] = "ChildInNeedPlan", ["ReviewStaffAttendees"] = attendee }));
        var staleHtml = await stale.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Matches("Priya Practitioner changed this case at [0-9:]+ UTC on [^,]+, while you were working on it. What they changed is listed below", staleHtml);
        Assert.Contains("data-field=\"CoreGroups\"", staleHtml, StringComparison.Ordinal);
        Assert.Contains("<option value=\"EndPlan\" selected", staleHtml, StringComparison.Ordinal);
        var now = await client.GetStringAsync(page);
        Assert.Single(Regex.Matches(now, "<li>[^<]*recorded by Priya Practitioner\\s*<br>"));
        Assert.Equal("Open,", Html.TestIdText(now, "plan-status")!.Split(' ')[0]);

        var ended = await client.PostAsync(new Uri($"{page}?handler=Review"), Form(now, new(Date("ReviewHeldOn", DateTime.UtcNow)) { ["Outcome"] = "EndPlan", ["Then"] = "ChildInNeedPlan", ["ReviewStaffAttendees"] = attendee }));
        Assert.Equal(HttpStatusCode.Found, ended.StatusCode);
        Assert.Equal("Child in need plan", Html.TestIdText(await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}")), "case-stage"));
    }

    [Fact]
    public async Task A_sibling_added_on_its_page_shows_on_the_case_and_caseload_and_disability_shows_on_the_childs_record()
    {
        var client = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Sam", "Siblingpage");
        var page = new Uri($"{Brent}/cases/{caseId}/siblings/new");
        var html = await client.GetStringAsync(page);
        Assert.Contains("value=\"Siblingpage\"", html, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>(Date("DateOfBirth", new DateTime(2020, 2, 2))) { ["FamilyName"] = "Siblingpage", ["SexCode"] = "2", ["EthnicityCode"] = "BAFR", ["DisabilityCodes"] = "HEAR" };

        var missing = await client.PostAsync(page, Form(html, new(fields)));
        var missingHtml = await missing.Content.ReadAsStringAsync();
        fields["GivenName"] = "Sola";
        var added = await client.PostAsync(page, Form(html, fields));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("<a href=\"#GivenName\">Enter the child&#x27;s first name</a>", missingHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"HEAR\" checked", missingHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        var casePage = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}"));
        Assert.Contains("Sola Siblingpage", Html.TestIdText(casePage, "siblings"), StringComparison.Ordinal);
        Assert.Contains("Move the sibling group", casePage, StringComparison.Ordinal);
        var caseload = await client.GetStringAsync(new Uri($"{Brent}/caseload"));
        Assert.Equal(2, Regex.Count(caseload, "data-testid=\"sibling-group\">Sibling group, 1 other open case<"));
        var siblingChild = Regex.Match(caseload, "<a class=\"govuk-link\" href=\"/cases/([0-9a-f-]{36})\">Sola Siblingpage").Groups[1].Value;
        var siblingCase = await client.GetStringAsync(new Uri($"{Brent}/cases/{siblingChild}"));
        var childPath = Regex.Match(siblingCase, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Equal("Hearing", Html.TestIdText(await client.GetStringAsync(new Uri($"{Brent}{childPath}")), "disability"));
    }

    [Fact]
    public async Task Another_authoritys_staff_cannot_reach_the_plan_or_sibling_pages_of_a_brent_case()
    {
        var brent = await _factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await brent.RecordReferral(Brent, "Noor", "Elsewhere");
        await brent.OntoAPlan(Brent, caseId);
        var bristol = await _factory.SignedIn("http://bristol.localhost/caseload", "manager@bristol");
        var token = Html.FormToken(await bristol.GetStringAsync(new Uri("http://bristol.localhost/referrals/new")));

        foreach (var path in new[] { $"/cases/{caseId}/plan", $"/cases/{caseId}/siblings/new" })
        {
            var response = await bristol.GetAsync(new Uri($"http://bristol.localhost{path}"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Elsewhere", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var path in new[] { $"/cases/{caseId}/plan?handler=Review", $"/cases/{caseId}/plan?handler=CoreGroup", $"/cases/{caseId}/siblings/new" })
        {
            var fields = new Dictionary<string, string>(Date("CoreGroupHeldOn", DateTime.UtcNow)) { ["__RequestVerificationToken"] = token, ["GivenName"] = "Intruder", ["Outcome"] = "EndPlan", ["Then"] = "Closed" };
            var response = await bristol.PostAsync(new Uri($"http://bristol.localhost{path}"), new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var plan = await brent.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/plan"));
        Assert.Contains("None recorded yet.", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Intruder", await brent.GetStringAsync(new Uri($"{Brent}/cases/{caseId}")), StringComparison.Ordinal);
    }
}
