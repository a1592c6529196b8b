using System.Net;
using System.Text.RegularExpressions;
using Consortium.Web.Tests.Pages.Admin;

namespace Consortium.Web.Tests.Pages;

/// <summary>
/// Every save says so: the page a save leads to shows one GOV.UK success banner naming what was saved. One host for
/// the class; it changes only Suffolk's staff directory and a case it creates.
/// </summary>
public sealed partial class SavedBannerTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Host = "http://suffolk.localhost";

    /// <summary>
    /// Handlers that post but save nothing the person asked to keep: a preview, signing out, error pages, and starting the
    /// census run (the page it leads to shows the run's progress, then its result).
    /// </summary>
    private static readonly string[] SaveNothing =
    [
        "Casework/MergeChild.cshtml.cs:OnPostPreviewAsync",
        "Admin/Staff/Import.cshtml.cs:OnPostUploadAsync",
        "Admin/Census.cshtml.cs:OnPost",
        "Account/SignOut.cshtml.cs:OnPost",
        "Error.cshtml.cs:OnPost",
        "NotFound.cshtml.cs:OnPost",
    ];

    [Fact]
    public async Task Every_page_handler_that_saves_leads_to_a_page_with_the_success_banner()
    {
        var pages = RepositoryRoot.Path("src", "Consortium.Web", "Pages");
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Hub{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var name = Path.GetRelativePath(pages, file).Replace(Path.DirectorySeparatorChar, '/');
            var source = await File.ReadAllTextAsync(file);
            var methods = Method().Matches(source).Select(m => (Name: m.Groups[1].Value, m.Index)).ToList();
            var bodies = methods.Select((m, i) => (m.Name, Body: source[m.Index..(i + 1 < methods.Count ? methods[i + 1].Index : source.Length)])).ToList();
            // A handler may leave the answer to a helper of the page (the plan page's two meetings share one).
            var sayingSaved = bodies.Where(b => b.Body.Contains("this.Saved(", StringComparison.Ordinal)).Select(b => b.Name).ToList();
            foreach (var (handler, body) in bodies.Where(b => b.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            {
                var key = $"{name}:{handler}";
                if (!SaveNothing.Contains(key) && !sayingSaved.Any(helper => helper == handler || body.Contains($" {helper}(", StringComparison.Ordinal)))
                {
                    missing.Add(key);
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Saving_staff_teams_and_starting_a_map_shows_exactly_one_success_banner_saying_what_was_saved()
    {
        var admin = await factory.SignedIn($"{Host}/admin", "admin@suffolk");

        var teamForm = Html.FormToken(await admin.GetStringAsync(new Uri($"{Host}/admin/teams/new")));
        var teamAdded = await admin.PostAsync(new Uri($"{Host}/admin/teams/new"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = teamForm, ["Name"] = "Banner team", ["ServiceArea"] = "Assessment",
        }));
        await AssertOneBanner(admin, teamAdded, "Banner team added");

        var teamId = Regex.Match(await admin.GetStringAsync(new Uri($"{Host}/admin/teams")), "href=\"/admin/teams/([0-9a-f-]{36})\">Banner team<").Groups[1].Value;
        var teamEdit = await admin.GetStringAsync(new Uri($"{Host}/admin/teams/{teamId}"));
        var teamChanged = await admin.PostAsync(new Uri($"{Host}/admin/teams/{teamId}"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(teamEdit), ["Version"] = StaffPages.Hidden(teamEdit, "Version"),
            ["Name"] = "Banner team 2", ["ServiceArea"] = "Assessment",
        }));
        await AssertOneBanner(admin, teamChanged, "Banner team 2 saved");

        var addForm = Html.FormToken(await admin.GetStringAsync(new Uri($"{Host}/admin/staff/new")));
        var added = await admin.PostAsync(new Uri($"{Host}/admin/staff/new"), new FormUrlEncodedContent(StaffPages.Person(addForm, "Bea", "Banner", "bea@suffolk.gov.uk")));
        await AssertOneBanner(admin, added, "Bea Banner added");

        var id = StaffPages.IdOf(await admin.GetStringAsync(new Uri($"{Host}/admin/staff?status=All")), "Bea Banner");
        var edit = await admin.GetStringAsync(new Uri($"{Host}/admin/staff/{id}"));
        var change = StaffPages.Person(Html.FormToken(edit), "Bea", "Banner", "bea@suffolk.gov.uk");
        change["Version"] = StaffPages.Hidden(edit, "Version");
        change["JobTitle"] = "Senior social worker";
        await AssertOneBanner(admin, await admin.PostAsync(new Uri($"{Host}/admin/staff/{id}"), new FormUrlEncodedContent(change)), "Bea Banner's record saved");

        var end = await admin.GetStringAsync(new Uri($"{Host}/admin/staff/{id}/end"));
        var ended = await admin.PostAsync(new Uri($"{Host}/admin/staff/{id}/end"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(end), ["Version"] = StaffPages.Hidden(end, "Version"),
            ["EndDate.Day"] = "31", ["EndDate.Month"] = "1", ["EndDate.Year"] = "2025",
        }));
        await AssertOneBanner(admin, ended, "Bea Banner's leaving date saved");

        var practitioner = await factory.SignedIn($"{Host}/caseload", "practitioner@suffolk");
        var created = await Api.ApiCalls.Json(await Api.ApiCalls.PostJson(practitioner, $"{Host}/api/referrals", Api.ApiCalls.ReferralJson("Bella", "Bannerman")));
        var caseId = created.GetProperty("caseId").GetGuid();
        var casePage = await practitioner.GetStringAsync(new Uri($"{Host}/cases/{caseId}"));
        var started = await practitioner.PostAsync(new Uri($"{Host}/cases/{caseId}/maps"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(casePage),
        }));
        await AssertOneBanner(practitioner, started, "Map version 1 started as a draft");
    }

    private static async Task AssertOneBanner(HttpClient client, HttpResponseMessage saved, string message)
    {
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var html = await client.GetStringAsync(saved.Headers.Location!.IsAbsoluteUri ? saved.Headers.Location : new Uri(new Uri(Host), saved.Headers.Location));
        Assert.Equal(1, Regex.Count(html, "govuk-notification-banner--success"));
        Assert.StartsWith(message, WebUtility.HtmlDecode(Regex.Match(html, "govuk-notification-banner__heading\">([^<]*)<").Groups[1].Value), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:public|private)\s+(?:static\s+)?(?:async\s+)?[\w<>?,. ]+?\s+(\w+)\s*\(")]
    private static partial Regex Method();
}
