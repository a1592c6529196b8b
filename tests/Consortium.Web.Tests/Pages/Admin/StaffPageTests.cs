using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Admin;

/// <summary>One host for the class: each test changes the staff directory of an authority no other test here uses.</summary>
public sealed class StaffPageTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Headings = "First name,Last name,Sign-in name,Team,Role,Job title,Manager sign-in name,Start date,Leaving date,Registration number,FTE,Employment";

    private readonly ConsortiumWebFactory _factory = factory;

    [Fact]
    public async Task An_administrator_adds_changes_and_ends_a_member_of_staff_and_bad_input_is_summarised_and_not_saved()
    {
        const string host = "http://wokingham.localhost";
        var admin = await _factory.SignedIn($"{host}/admin", "admin@wokingham");
        var token = Html.FormToken(await admin.GetStringAsync(new Uri($"{host}/admin/staff/new")));
        var bad = StaffPages.Person(token, "", "Example", "not an address");
        bad["Fte"] = "1.5";
        bad["StartDate.Day"] = "31";
        bad["StartDate.Month"] = "2";

        var refused = await admin.PostAsync(new Uri($"{host}/admin/staff/new"), new FormUrlEncodedContent(bad));
        var refusedHtml = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("govuk-error-summary", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#StartDate\">Start date must be a real date</a>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Fte\">FTE must be a number more than 0 and no more than 1, like 1 or 0.6</a>", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("No staff found", await admin.GetStringAsync(new Uri($"{host}/admin/staff?status=All")), StringComparison.Ordinal);

        var id = await StaffPages.AddAsync(admin, host, "Sam", "Example", "sam@wokingham.gov.uk");
        var edit = await admin.GetStringAsync(new Uri($"{host}/admin/staff/{id}"));
        var change = StaffPages.Person(Html.FormToken(edit), "Sam", "Example", "sam@wokingham.gov.uk");
        change["JobTitle"] = "Senior social worker";
        change["Version"] = StaffPages.Hidden(edit, "Version");
        var changed = await admin.PostAsync(new Uri($"{host}/admin/staff/{id}"), new FormUrlEncodedContent(change));
        change["Fte"] = "0.5";
        var stale = await admin.PostAsync(new Uri($"{host}/admin/staff/{id}"), new FormUrlEncodedContent(change));
        var staleHtml = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        var endPage = await admin.GetStringAsync(new Uri($"{host}/admin/staff/{id}/end"));
        var ended = await admin.PostAsync(new Uri($"{host}/admin/staff/{id}/end"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(endPage), ["Version"] = StaffPages.Hidden(endPage, "Version"),
            ["EndDate.Day"] = "31", ["EndDate.Month"] = "1", ["EndDate.Year"] = "2025",
        }));

        Assert.Equal((HttpStatusCode.Found, HttpStatusCode.BadRequest, HttpStatusCode.Found), (changed.StatusCode, stale.StatusCode, ended.StatusCode));
        Assert.Contains("Job title: Social worker to Senior social worker", staleHtml, StringComparison.Ordinal);
        Assert.Contains("No staff found", await admin.GetStringAsync(new Uri($"{host}/admin/staff")), StringComparison.Ordinal);
        var leavers = await admin.GetStringAsync(new Uri($"{host}/admin/staff?status=Left"));
        Assert.Contains("Sam Example", leavers, StringComparison.Ordinal);
        Assert.Contains("31 Jan 2025", leavers, StringComparison.Ordinal);
        var csv = await admin.GetStringAsync(new Uri($"{host}/admin/staff?handler=csv&status=Left"));
        Assert.Equal(Headings, csv.Split("\r\n")[0]);
        Assert.Equal("Sam,Example,sam@wokingham.gov.uk,,Practitioner,Senior social worker,,2024-04-01,2025-01-31,,1,Employed", csv.Split("\r\n")[1]);
    }

    [Fact]
    public async Task A_good_hr_file_is_previewed_then_imported_on_confirmation()
    {
        const string host = "http://leicestershire.localhost";
        var admin = await _factory.SignedIn($"{host}/admin", "admin@leicestershire");
        var file = string.Join("\n", Headings,
            "Mo,Manager,mo@leics.gov.uk,Assessment team 1,Team manager,Team manager,,2019-09-02,,SW000111,1,Employed",
            "Sam,Example,sam@leics.gov.uk,Assessment team 1,Practitioner,Social worker,mo@leics.gov.uk,01/04/2024,,SW123456,0.8,Agency");

        var (preview, html) = await StaffPages.UploadAsync(admin, host, file);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Check what the import will do", html, StringComparison.Ordinal);
        Assert.Contains("No staff found", await admin.GetStringAsync(new Uri($"{host}/admin/staff")), StringComparison.Ordinal);
        var confirmed = await admin.PostAsync(new Uri($"{host}/admin/staff/import?handler=Confirm"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(html), ["Upload"] = StaffPages.Hidden(html, "Upload"), ["Fingerprint"] = StaffPages.Hidden(html, "Fingerprint"),
        }));
        var list = await admin.GetStringAsync(new Uri($"{host}/admin/staff"));

        Assert.Equal(HttpStatusCode.Found, confirmed.StatusCode);
        Assert.Contains("Imported: 2 added, 0 changed, 0 leavers, 1 new teams", list, StringComparison.Ordinal);
        Assert.Contains("Sam Example", list, StringComparison.Ordinal);
        Assert.Contains("Assessment team 1", await admin.GetStringAsync(new Uri($"{host}/admin/teams")), StringComparison.Ordinal);
        var again = await admin.PostAsync(new Uri($"{host}/admin/staff/import?handler=Confirm"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(html), ["Upload"] = StaffPages.Hidden(html, "Upload"), ["Fingerprint"] = StaffPages.Hidden(html, "Fingerprint"),
        }));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_bad_hr_file_lists_every_problem_by_row_and_column_and_nothing_is_imported()
    {
        const string host = "http://lincolnshire.localhost";
        var admin = await _factory.SignedIn($"{host}/admin", "admin@lincolnshire");
        var file = string.Join("\n", Headings,
            "Good,Person,good@lincs.gov.uk,New team,Practitioner,Social worker,,2024-04-01,,,1,Employed",
            "Bad,Person,bad@lincs.gov.uk,,Practitioner,Social worker,,2024-04-01,,,2,Employed");

        var (response, html) = await StaffPages.UploadAsync(admin, host, file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Row 3, FTE: FTE must be a number more than 0 and no more than 1, like 1 or 0.6", html, StringComparison.Ordinal);
        Assert.Contains("Nothing has been imported", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Upload\"", html, StringComparison.Ordinal);
        Assert.Contains("No staff found", await admin.GetStringAsync(new Uri($"{host}/admin/staff?status=All")), StringComparison.Ordinal);
        Assert.Contains("No teams yet", await admin.GetStringAsync(new Uri($"{host}/admin/teams")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_sign_in_is_matched_to_the_staff_record_with_that_sign_in_name()
    {
        const string host = "http://west-sussex.localhost";
        var admin = await _factory.SignedIn($"{host}/admin", "admin@west-sussex");
        await StaffPages.AddAsync(admin, host, "Priya", "Practitioner", "practitioner@west-sussex");
        Assert.Contains("Not yet", await admin.GetStringAsync(new Uri($"{host}/admin/staff")), StringComparison.Ordinal);

        await _factory.SignedIn($"{host}/caseload", "practitioner@west-sussex");

        var list = await admin.GetStringAsync(new Uri($"{host}/admin/staff"));
        Assert.DoesNotContain("Not yet", list, StringComparison.Ordinal);
        Assert.Contains(">Yes<", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authoritys_administrator_given_its_staff_team_and_upload_ids_gets_not_found_and_learns_nothing()
    {
        const string norfolk = "http://norfolk.localhost";
        const string suffolk = "http://suffolk.localhost";
        var norfolkAdmin = await _factory.SignedIn($"{norfolk}/admin", "admin@norfolk");
        var (_, preview) = await StaffPages.UploadAsync(norfolkAdmin, norfolk, string.Join("\n", Headings, "Nell,Norfolkonly,nell@norfolk.gov.uk,Norfolk north team,Practitioner,Social worker,,2024-04-01,,,1,Employed"));
        await norfolkAdmin.PostAsync(new Uri($"{norfolk}/admin/staff/import?handler=Confirm"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(preview), ["Upload"] = StaffPages.Hidden(preview, "Upload"), ["Fingerprint"] = StaffPages.Hidden(preview, "Fingerprint"),
        }));
        var staffId = StaffPages.IdOf(await norfolkAdmin.GetStringAsync(new Uri($"{norfolk}/admin/staff")), "Nell Norfolkonly");
        var teamId = Regex.Match(await norfolkAdmin.GetStringAsync(new Uri($"{norfolk}/admin/teams")), "href=\"/admin/teams/([0-9a-f-]{36})\"").Groups[1].Value;
        var (_, pending) = await StaffPages.UploadAsync(norfolkAdmin, norfolk, string.Join("\n", Headings, "Nat,Norfolkpending,nat@norfolk.gov.uk,,Practitioner,Social worker,,2024-04-01,,,1,Employed"));
        var uploadId = StaffPages.Hidden(pending, "Upload");
        var suffolkAdmin = await _factory.SignedIn($"{suffolk}/admin", "admin@suffolk");
        var token = Html.FormToken(await suffolkAdmin.GetStringAsync(new Uri($"{suffolk}/admin/staff/new")));

        var reads = new[] { $"/admin/staff/{staffId}", $"/admin/staff/{staffId}/end", $"/admin/teams/{teamId}" };
        foreach (var path in reads)
        {
            var response = await suffolkAdmin.GetAsync(new Uri($"{suffolk}{path}"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Norfolk", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var edit = StaffPages.Person(token, "Taken", "Over", "nell@norfolk.gov.uk");
        edit["Version"] = "1";
        var end = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = "1", ["EndDate.Day"] = "1", ["EndDate.Month"] = "1", ["EndDate.Year"] = "2025" };
        var team = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = "1", ["Name"] = "Taken over" };
        var confirm = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Upload"] = uploadId, ["Fingerprint"] = StaffPages.Hidden(pending, "Fingerprint") };
        foreach (var (path, form) in new[] { ($"/admin/staff/{staffId}", edit), ($"/admin/staff/{staffId}/end", end), ($"/admin/teams/{teamId}", team), ("/admin/staff/import?handler=Confirm", confirm) })
        {
            var response = await suffolkAdmin.PostAsync(new Uri($"{suffolk}{path}"), new FormUrlEncodedContent(form));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var withTheirTeam = StaffPages.Person(token, "Sue", "Suffolk", "sue@suffolk.gov.uk");
        withTheirTeam["TeamId"] = teamId;
        withTheirTeam["ManagerId"] = staffId.ToString();
        var refused = await suffolkAdmin.PostAsync(new Uri($"{suffolk}/admin/staff/new"), new FormUrlEncodedContent(withTheirTeam));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        foreach (var page in new[] { "/admin/staff?status=All", "/admin/staff?handler=csv&status=All", "/admin/teams" })
        {
            var html = await suffolkAdmin.GetStringAsync(new Uri($"{suffolk}{page}"));
            Assert.DoesNotContain("Norfolk", html, StringComparison.Ordinal);
            Assert.DoesNotContain("nell@", html, StringComparison.Ordinal);
        }

        var stillThere = await norfolkAdmin.GetStringAsync(new Uri($"{norfolk}/admin/staff/{staffId}"));
        Assert.Contains("nell@norfolk.gov.uk", stillThere, StringComparison.Ordinal);
        Assert.DoesNotContain("Taken", stillThere, StringComparison.Ordinal);
        Assert.Contains("Check what the import will do", (await StaffPages.UploadAsync(norfolkAdmin, norfolk, string.Join("\n", Headings, "Nat,Norfolkpending,nat@norfolk.gov.uk,,Practitioner,Social worker,,2024-04-01,,,1,Employed"))).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_who_are_not_administrators_cannot_open_the_directory_pages()
    {
        var manager = await _factory.SignedIn("http://tower-hamlets.localhost/caseload/team", "manager@tower-hamlets");

        foreach (var path in new[] { "/admin/staff", "/admin/staff/new", "/admin/staff/import", "/admin/teams", "/admin/teams/new" })
        {
            var response = await manager.GetAsync(new Uri($"http://tower-hamlets.localhost{path}"));
            Assert.Contains("/no-access", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }
    }
}
