using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>Who attended a core group or review conference: chosen on the plan page or sent to the API, shown on the plan and in the chronology.</summary>
[Collection(SharedWebHost.Name)]
public sealed class MeetingAttendeesPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static Dictionary<string, string> Form(string html, params (string Key, string Value)[] fields)
    {
        var today = DateTime.UtcNow;
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(html),
            ["Token"] = Regex.Match(html, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["StartedFrom"] = WebUtility.HtmlDecode(Regex.Match(html, "name=\"StartedFrom\" value=\"([^\"]*)\"").Groups[1].Value),
            ["CoreGroupHeldOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["CoreGroupHeldOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["CoreGroupHeldOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in fields)
        {
            form[key] = value;
        }

        return form;
    }

    [Fact]
    public async Task A_core_group_records_staff_from_the_directory_the_childs_family_and_other_agencies_shown_on_the_plan_and_the_chronology()
    {
        var amy = await DirectoryStaff.AddAsync(factory.Services, "brent", "amy.attendee@brent.example", "Amy", "Attendee");
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Cora", "Coregroup");
        await client.OntoAPlan(Brent, caseId);
        var record = await client.GetStringAsync(new Uri($"{Brent}/children/{childId}"));
        Assert.Equal(HttpStatusCode.Found, (await client.PostAsync(new Uri($"{Brent}/children/{childId}?handler=AddFamily"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(record), ["MemberName"] = "Jo Coregroup", ["MemberRelationship"] = "Mother",
        }))).StatusCode);
        var page = new Uri($"{Brent}/cases/{caseId}/plan");
        var html = await client.GetStringAsync(page);
        var mother = Regex.Match(html, "name=\"CoreGroupFamilyAttendees\" type=\"checkbox\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Contains($"value=\"{amy.Id}\"", html, StringComparison.Ordinal);

        var nobody = await client.PostAsync(new Uri($"{page}?handler=CoreGroup"), new FormUrlEncodedContent(Form(html, ("CoreGroupOtherAttendees", "Ann Teacher"))));
        var nobodyHtml = WebUtility.HtmlDecode(await nobody.Content.ReadAsStringAsync());
        var saved = await client.PostAsync(new Uri($"{page}?handler=CoreGroup"), new FormUrlEncodedContent(Form(html,
            ("CoreGroupStaffAttendees", amy.Id.ToString()), ("CoreGroupFamilyAttendees", mother), ("CoreGroupOtherAttendees", "Ann Teacher, Greenfield Primary School"))));

        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Contains("<a href=\"#CoreGroupStaffAttendees\">Choose at least one member of staff who attended</a>", nobodyHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#CoreGroupOtherAttendees\">Give each person from another agency a name and an agency, each up to 200 characters</a>", nobodyHtml, StringComparison.Ordinal);
        Assert.Contains("Ann Teacher</textarea>", nobodyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        const string attended = "Attended: Amy Attendee (Social worker), Jo Coregroup (Mother), Ann Teacher (Greenfield Primary School)";
        Assert.Equal(attended, Html.TestIdText(await client.GetStringAsync(page), "attended"));
        Assert.Contains($"Core group meeting. {attended}", WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/chronology"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_takes_and_answers_who_attended_refuses_anyone_not_in_the_directory_and_another_authority_finds_no_case()
    {
        var amy = await DirectoryStaff.AddAsync(factory.Services, "brent", "amy.api@brent.example", "Amy", "Apiattendee");
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Cato", "Apicoregroup");
        var etag = await client.OntoAPlan(Brent, caseId);
        string Body(Guid staff) => JsonSerializer.Serialize(new { heldOn = ApiCalls.Today, staffAttendees = new[] { staff }, otherAttendees = new[] { new { name = "Pat Health", agency = "Health visiting" } } });

        var unknown = await client.PostJson($"{Brent}/api/cases/{caseId}/plan/core-groups", Body(Guid.NewGuid()), etag);
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        var elsewhere = await bristol.PostJson($"http://bristol.localhost/api/cases/{caseId}/plan/core-groups", Body(amy.Id), etag);
        var elsewherePage = await bristol.GetAsync(new Uri($"http://bristol.localhost/cases/{caseId}/plan"));
        var created = await client.PostJson($"{Brent}/api/cases/{caseId}/plan/core-groups", Body(amy.Id), etag);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await ApiCalls.Json(unknown)).GetProperty("errors").TryGetProperty("staffAttendees", out _));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewherePage.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/plan"));
        var attendees = plan.GetProperty("coreGroups")[0].GetProperty("attendees");
        Assert.Equal(["Staff:Amy Apiattendee:Social worker", "OtherAgency:Pat Health:Health visiting"], attendees.EnumerateArray().Select(a => $"{a.GetProperty("kind").GetString()}:{a.GetProperty("name").GetString()}:{a.GetProperty("role").GetString()}"));
        Assert.Equal(amy.Id, attendees[0].GetProperty("staffId").GetGuid());
    }

    [Fact]
    public async Task Who_attended_the_initial_conference_is_recorded_on_the_plan_page_then_corrected_only_from_the_list_on_screen_shown_in_the_chronology_and_not_from_another_authority()
    {
        var amy = await DirectoryStaff.AddAsync(factory.Services, "brent", "amy.initial@brent.example", "Amy", "Initialconf");
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Ines", "Initialconf");
        await client.OntoAPlan(Brent, caseId);
        var page = new Uri($"{Brent}/cases/{caseId}/plan");
        var html = await client.GetStringAsync(page);
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");

        var bristolForm = Form(await bristol.GetStringAsync(new Uri("http://bristol.localhost/caseload")), ("InitialStaffAttendees", amy.Id.ToString()), ("Token", Regex.Match(html, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value));
        var elsewhere = await bristol.PostAsync(new Uri($"http://bristol.localhost/cases/{caseId}/plan?handler=InitialConference"), new FormUrlEncodedContent(bristolForm));
        var nobody = await client.PostAsync(new Uri($"{page}?handler=InitialConference"), new FormUrlEncodedContent(Form(html, ("InitialOtherAttendees", "Pat Police, Brent Police"))));
        var nobodyHtml = WebUtility.HtmlDecode(await nobody.Content.ReadAsStringAsync());
        var saved = await client.PostAsync(new Uri($"{page}?handler=InitialConference"), new FormUrlEncodedContent(Form(html,
            ("InitialStaffAttendees", amy.Id.ToString()), ("InitialOtherAttendees", "Pat Police, Brent Police"))));
        var after = await client.GetStringAsync(page);
        var stale = await client.PostAsync(new Uri($"{page}?handler=InitialConference"), new FormUrlEncodedContent(Form(html, ("InitialStaffAttendees", amy.Id.ToString()))));
        var corrected = await client.PostAsync(new Uri($"{page}?handler=InitialConference"), new FormUrlEncodedContent(Form(after, ("InitialStaffAttendees", amy.Id.ToString()), ("InitialOtherAttendees", "Sam Health, Brent Health Visiting"))));
        var afterCorrection = await client.GetStringAsync(page);

        Assert.Contains("who attended is not recorded", Html.TestIdText(html, "initial-conference"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Contains("<a href=\"#InitialStaffAttendees\">Choose at least one member of staff who attended</a>", nobodyHtml, StringComparison.Ordinal);
        Assert.Contains("Pat Police, Brent Police</textarea>", nobodyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        const string attended = "Attended: Amy Initialconf (Social worker), Pat Police (Brent Police)";
        Assert.EndsWith(attended, Html.TestIdText(after, "initial-conference"), StringComparison.Ordinal);
        Assert.Contains("Correct who attended the initial conference", after, StringComparison.Ordinal);
        Assert.Contains("Pat Police, Brent Police</textarea>", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.EndsWith(attended, Html.TestIdText(WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), "initial-conference"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, corrected.StatusCode);
        const string correctedList = "Attended: Amy Initialconf (Social worker), Sam Health (Brent Health Visiting)";
        Assert.EndsWith(correctedList, Html.TestIdText(afterCorrection, "initial-conference"), StringComparison.Ordinal);
        Assert.Contains($"Initial child protection conference. {correctedList}", WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"{Brent}/cases/{caseId}/chronology"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_records_who_attended_the_initial_conference_once_corrects_it_by_put_from_the_latest_version_and_another_authority_finds_no_case()
    {
        var amy = await DirectoryStaff.AddAsync(factory.Services, "brent", "amy.initialapi@brent.example", "Amy", "Initialapi");
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Ivo", "Initialapi");
        var etag = await client.OntoAPlan(Brent, caseId);
        var body = JsonSerializer.Serialize(new { staffAttendees = new[] { amy.Id }, otherAttendees = new[] { new { name = "Pat Police", agency = "Brent Police" } } });
        var path = $"/api/cases/{caseId}/plan/initial-conference/attendees";
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");

        var elsewhere = await bristol.PostJson($"http://bristol.localhost{path}", body, etag);
        var created = await client.PostJson($"{Brent}{path}", body, etag);
        var again = await client.PostJson($"{Brent}{path}", body, created.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var attendees = (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/plan"))).GetProperty("initialConferenceAttendees");
        Assert.Equal(["Staff:Amy Initialapi", "OtherAgency:Pat Police"], attendees.EnumerateArray().Select(a => $"{a.GetProperty("kind").GetString()}:{a.GetProperty("name").GetString()}"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await ApiCalls.Json(again)).GetProperty("errors").TryGetProperty("initialConference", out _));

        var correction = JsonSerializer.Serialize(new { staffAttendees = new[] { amy.Id } });
        var elsewhereCorrects = await bristol.PutJson($"http://bristol.localhost{path}", correction, created.Headers.ETag!.Tag);
        var stale = await client.PutJson($"{Brent}{path}", correction, etag);
        var corrected = await client.PutJson($"{Brent}{path}", correction, created.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.NotFound, elsewhereCorrects.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        var now = (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/plan"))).GetProperty("initialConferenceAttendees");
        Assert.Equal(["Staff:Amy Initialapi"], now.EnumerateArray().Select(a => $"{a.GetProperty("kind").GetString()}:{a.GetProperty("name").GetString()}"));
    }
}
