using System.Globalization;
using System.Net;
using System.Text.Json;
using Consortium.Web.Tests.Api;
using Consortium.Web.Tests.Pages.Conflicts;

namespace Consortium.Web.Tests.Pages.SafetyPlanning;

/// <summary>
/// Who agreed a safety plan and when: staff chosen from the directory and the child's family or the case's safety network
/// chosen from their lists, with the date; kept with the revision, shown on the safety page and in the API, and part of
/// what a conflict shows.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed class SafetyPlanAgreementTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static readonly DateTime Now = DateTime.UtcNow;

    private static string Today => Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Long(DateTime day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Client, Guid CaseId, Guid ChildId, Guid MemberId)> CaseWithANetwork(string family)
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Agnes", family);
        var added = await client.PostJson($"{Brent}/api/cases/{caseId}/safety/network", ApiCalls.NetworkMemberJson("Auntie Netta"));
        var memberId = (await ApiCalls.Json(added)).GetProperty("network")[0].GetProperty("id").GetGuid();
        return (client, caseId, childId, memberId);
    }

    private static string PlanJson(int basedOnRevision, Guid member, string status, IEnumerable<Guid>? staff = null, IEnumerable<Guid>? family = null, string? agreedOn = null) => JsonSerializer.Serialize(new
    {
        basedOnRevision,
        status,
        rules = new[] { new { rule = "An adult from the network is always at home after school", responsible = new[] { member } } },
        warningSigns = "Shouting",
        bottomLines = "No contact after drinking",
        childsVersion = "Someone is always with me",
        agreedByStaff = staff,
        agreedByFamily = family,
        agreedOn,
    });

    [Fact]
    public async Task An_agreed_plan_records_staff_from_the_directory_and_the_network_with_the_date_shown_on_the_safety_page()
    {
        var amy = await DirectoryStaff.AddAsync(factory.Services, "brent", "amy.agreed@brent.example", "Amy", "Agreed");
        var (client, caseId, _, memberId) = await CaseWithANetwork("Agreedpage");
        var page = $"{Brent}/cases/{caseId}/safety/plan";
        var html = await client.GetStringAsync(new Uri(page));
        Assert.Contains($"value=\"{amy.Id}\"", html, StringComparison.Ordinal);
        var form = PostedForm.Of(html)
            .With("Status", "Agreed")
            .With("Rules[0].Rule", "An adult from the network is always at home after school")
            .With("Rules[0].Responsible", memberId.ToString());

        var (nobody, nobodyHtml) = await client.Post(page, [.. form]);
        var nothingSaved = (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/safety"))).GetProperty("currentRevision").GetInt32();
        var (saved, savedHtml) = await client.Post(page, [.. form
            .With("AgreedOn.Day", Now.Day.ToString(CultureInfo.InvariantCulture)).With("AgreedOn.Month", Now.Month.ToString(CultureInfo.InvariantCulture)).With("AgreedOn.Year", Now.Year.ToString(CultureInfo.InvariantCulture))
            .With("AgreedByStaff", amy.Id.ToString()).With("AgreedByFamily", memberId.ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        var summary = WebUtility.HtmlDecode(nobodyHtml);
        Assert.Contains("<a href=\"#AgreedByStaff\">Choose who agreed the plan: staff from the staff directory, the family or the network</a>", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#AgreedOn\">Enter the date the plan was agreed</a>", summary, StringComparison.Ordinal);
        Assert.Equal(0, nothingSaved);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, PostedForm.Text(savedHtml));
        var safety = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/safety"));
        Assert.Equal($"Agreed on {Long(Now)} by Amy Agreed (Social worker), Auntie Netta (Aunt)", Html.TestIdText(safety, "agreed"));
        var revision = (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/safety"))).GetProperty("revisions")[0];
        Assert.Equal(Today, revision.GetProperty("agreedOn").GetString());
        Assert.Equal(
            [$"Staff:Amy Agreed:Social worker:{amy.Id}", $"Network:Auntie Netta:Aunt:{memberId}"],
            revision.GetProperty("agreedBy").EnumerateArray().Select(a => $"{a.GetProperty("kind").GetString()}:{a.GetProperty("name").GetString()}:{a.GetProperty("role").GetString()}:{a.GetProperty("personId").GetGuid()}"));
    }

    [Fact]
    public async Task The_api_takes_the_childs_family_refuses_people_from_elsewhere_and_a_future_date_and_saves_nothing_then()
    {
        var amy = await DirectoryStaff.AddAsync(factory.Services, "brent", "amy.agreedapi@brent.example", "Amy", "Agreedapi");
        var bristolStaff = await DirectoryStaff.AddAsync(factory.Services, "bristol", "bea.elsewhere@bristol.example", "Bea", "Elsewhere");
        var (client, caseId, childId, memberId) = await CaseWithANetwork("Agreedapi");
        var record = await client.GetStringAsync(new Uri($"{Brent}/children/{childId}"));
        Assert.Equal(HttpStatusCode.Found, (await client.PostAsync(new Uri($"{Brent}/children/{childId}?handler=AddFamily"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(record), ["MemberName"] = "Jo Agreedapi", ["MemberRelationship"] = "Mother",
        }))).StatusCode);
        var form = await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/safety/plan"));
        var mother = Guid.Parse(System.Text.RegularExpressions.Regex.Match(form, "name=\"AgreedByFamily\" type=\"checkbox\" value=\"([0-9a-f-]{36})\"[^>]*>\\s*<label[^>]*>Jo Agreedapi \\(Mother\\)").Groups[1].Value);
        var plan = $"{Brent}/api/cases/{caseId}/safety/plan";

        var elsewhere = await ApiCalls.Problem(await client.PostJson(plan, PlanJson(0, memberId, "Agreed", [bristolStaff.Id], [Guid.NewGuid()], Today)), HttpStatusCode.BadRequest);
        var future = await ApiCalls.Problem(await client.PostJson(plan, PlanJson(0, memberId, "Agreed", [amy.Id], null, Now.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), HttpStatusCode.BadRequest);
        var nothingSaved = (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/safety"))).GetProperty("currentRevision").GetInt32();
        var saved = await client.PostJson(plan, PlanJson(0, memberId, "Agreed", [amy.Id], [mother], Today));

        Assert.Equal(["Choose staff who agreed the plan from the staff directory"], ApiCalls.Errors(elsewhere, "agreedByStaff"));
        Assert.Equal(["Choose family members who agreed the plan from the child's family or the safety network"], ApiCalls.Errors(elsewhere, "agreedByFamily"));
        Assert.Equal(["The date the plan was agreed cannot be in the future"], ApiCalls.Errors(future, "agreedOn"));
        Assert.Equal(0, nothingSaved);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var revision = (await ApiCalls.Json(saved)).GetProperty("revisions")[0];
        Assert.Equal(["Amy Agreedapi", "Jo Agreedapi"], revision.GetProperty("agreedBy").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("Family", revision.GetProperty("agreedBy")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_agreement_saved_in_another_tab_is_a_conflict_listing_who_agreed_and_when()
    {
        var amy = await DirectoryStaff.AddAsync(factory.Services, "brent", "amy.agreedtwice@brent.example", "Amy", "Agreedtwice");
        var (client, caseId, _, memberId) = await CaseWithANetwork("Agreedtwice");
        var plan = $"{Brent}/api/cases/{caseId}/safety/plan";
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson(plan, PlanJson(0, memberId, "Trial"))).StatusCode);
        var page = $"{Brent}/cases/{caseId}/safety/plan";
        var otherTab = PostedForm.Of(await client.GetStringAsync(new Uri(page)));
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson(plan, PlanJson(1, memberId, "Agreed", [amy.Id], [memberId], Today))).StatusCode);

        var stale = await ApiCalls.Problem(await client.PostJson(plan, PlanJson(1, memberId, "Trial")), HttpStatusCode.PreconditionFailed);
        var (refused, html) = await client.Post(page, otherTab.With("WarningSigns", "Shouting. Slammed doors"));

        Assert.Equal(
            ["status:Trial:Agreed", "agreedBy::Amy Agreedtwice (Social worker)\nAuntie Netta (Aunt)", $"agreedOn::{Long(Now)}"],
            stale.GetProperty("changes").EnumerateArray().Select(c => $"{c.GetProperty("field").GetString()}:{c.GetProperty("before").GetString()}:{c.GetProperty("after").GetString()}"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var panel = PostedForm.TheirChanges(html)!;
        Assert.Contains($"Agreed on Before: nothing Now: {Long(Now)} You had not changed this: their version is now in the form.", panel, StringComparison.Ordinal);
        var again = PostedForm.Of(html);
        Assert.Equal(("Shouting. Slammed doors", amy.Id.ToString(), Now.Day.ToString(CultureInfo.InvariantCulture)), (again.Value("WarningSigns"), again.Value("AgreedByStaff"), again.Value("AgreedOn.Day")));
        var (resaved, _) = await client.Post(page, again);
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var current = (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/safety"))).GetProperty("revisions")[0];
        Assert.Equal((3, "Shouting. Slammed doors", 2), (current.GetProperty("revision").GetInt32(), current.GetProperty("warningSigns").GetString(), current.GetProperty("agreedBy").GetArrayLength()));
    }
}
