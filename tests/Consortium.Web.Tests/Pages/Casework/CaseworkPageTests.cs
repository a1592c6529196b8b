using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class CaseworkPageTests(ConsortiumWebFactory factory)
{
    private readonly ConsortiumWebFactory _factory = factory;

    private static Dictionary<string, string> Referral(string token, string given = "Amara", string family = "Okafor")
    {
        var referred = DateTime.UtcNow.AddDays(-10);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["GivenName"] = given,
            ["FamilyName"] = family,
            ["DateOfBirth.Day"] = "4",
            ["DateOfBirth.Month"] = "5",
            ["DateOfBirth.Year"] = "2019",
            ["SexCode"] = "2",
            ["EthnicityCode"] = "BAFR",
            ["ReferralDate.Day"] = referred.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReferralDate.Month"] = referred.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReferralDate.Year"] = referred.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReferralSource"] = "2A",
            ["PrimaryNeed"] = "N1",
            ["Reason"] = "Worried about bruising.",
            ["ReferrerName"] = "Rosalind Referrer",
            ["ReferrerPhone"] = "020 7946 0000",

            // These tests record the same child many times on one host: each time, the person says it is a new child.
            ["NewChildConfirmed"] = "true",
        };
    }

    private static async Task<string> Token(HttpClient client, string url) => Html.FormToken(await client.GetStringAsync(new Uri(url)));

    /// <summary>Records a referral at Brent through the form and returns the case page's address.</summary>
    private async Task<(HttpClient Client, Uri CasePage)> ReferralAtBrent(string user = "practitioner@brent")
    {
        var client = await _factory.SignedIn("http://brent.localhost/caseload", user);
        var form = Referral(await Token(client, "http://brent.localhost/referrals/new"));
        var response = await client.PostAsync(new Uri("http://brent.localhost/referrals/new"), new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return (client, new Uri(new Uri("http://brent.localhost/"), response.Headers.Location!));
    }

    /// <summary>Every page of a paged list, joined: a practitioner here holds more cases than one page shows.</summary>
    private static async Task<string> AllPages(HttpClient client, string url)
    {
        var first = await client.GetStringAsync(new Uri(url));
        var pages = Regex.Matches(first, "aria-label=\"Page ([0-9]+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(1).Max();
        var all = new System.Text.StringBuilder(first);
        for (var page = 2; page <= pages; page++)
        {
            all.Append(await client.GetStringAsync(new Uri($"{url}?page={page}")));
        }

        return all.ToString();
    }

    private static string ChildLink(string casePage) => Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;

    [Fact]
    public async Task A_practitioner_records_a_referral_and_moves_the_case_and_their_manager_sees_it()
    {
        var (client, casePage) = await ReferralAtBrent();
        var html = await client.GetStringAsync(casePage);
        Assert.Equal("Referral", Html.TestIdText(html, "case-stage"));
        Assert.Contains("Single assessment completed", html, StringComparison.Ordinal);

        var today = DateTime.UtcNow;
        var move = await client.PostAsync(casePage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(html),
            ["Token"] = Regex.Match(html, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["To"] = "Assessment",
            ["EffectiveOn.Day"] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveOn.Month"] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveOn.Year"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Found, move.StatusCode);
        Assert.Equal("Single assessment", Html.TestIdText(await client.GetStringAsync(casePage), "case-stage"));

        var mine = await AllPages(client, "http://brent.localhost/caseload");
        var manager = await _factory.SignedIn("http://brent.localhost/caseload/team", "manager@brent");
        var team = await AllPages(manager, "http://brent.localhost/caseload/team");
        // Other tests here record children of the same name: the new case itself must be on both caseloads.
        var caseLink = $"href=\"{casePage.AbsolutePath}\"";
        Assert.Contains(caseLink, mine, StringComparison.Ordinal);
        Assert.Contains(caseLink, team, StringComparison.Ordinal);
        Assert.Contains("Amara Okafor", mine, StringComparison.Ordinal);
        Assert.Contains("Amara Okafor", team, StringComparison.Ordinal);
        Assert.Contains("Priya Practitioner", team, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_with_mistakes_is_refused_with_each_message_and_the_input_kept()
    {
        var client = await _factory.SignedIn("http://brent.localhost/caseload", "practitioner@brent");
        var form = Referral(await Token(client, "http://brent.localhost/referrals/new"), given: "Unsaved", family: "");
        form["DateOfBirth.Month"] = "13";
        form["PrimaryNeed"] = "";

        var response = await client.PostAsync(new Uri("http://brent.localhost/referrals/new"), new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<a href=\"#DateOfBirth\">Date of birth must be a real date</a>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Unsaved\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Unsaved", await client.GetStringAsync(new Uri("http://brent.localhost/caseload")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authoritys_staff_given_brents_ids_get_not_found_and_learn_nothing()
    {
        var (brent, casePage) = await ReferralAtBrent();
        var childPage = new Uri(new Uri("http://brent.localhost/"), ChildLink(await brent.GetStringAsync(casePage)));
        var bristol = await _factory.SignedIn("http://bristol.localhost/caseload", "manager@bristol");
        var bristolQa = await _factory.SignedIn("http://bristol.localhost/caseload", "qa@bristol");
        var token = await Token(bristol, "http://bristol.localhost/referrals/new");

        foreach (var (client, path) in new[] { (bristol, casePage.AbsolutePath), (bristol, childPage.AbsolutePath), (bristolQa, childPage.AbsolutePath + "/access-log") })
        {
            var response = await client.GetAsync(new Uri($"http://bristol.localhost{path}"));
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Okafor", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Amara", html, StringComparison.Ordinal);
        }

        var post = await bristol.PostAsync(new Uri($"http://bristol.localhost{casePage.AbsolutePath}"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["To"] = "Closed" }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var search = await bristol.GetStringAsync(new Uri("http://bristol.localhost/search?q=Okafor"));
        Assert.Contains("No children found", search, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"children\"", search, StringComparison.Ordinal);
        Assert.Equal("Referral", Html.TestIdText(await brent.GetStringAsync(casePage), "case-stage"));
    }

    [Fact]
    public async Task Two_people_moving_the_same_case_the_second_is_refused_and_told_what_changed()
    {
        var (practitioner, casePage) = await ReferralAtBrent();
        var manager = await _factory.SignedIn("http://brent.localhost/caseload/team", "manager@brent");
        var first = await practitioner.GetStringAsync(casePage);
        var second = await manager.GetStringAsync(casePage);
        var today = DateTime.UtcNow;
        Dictionary<string, string> Move(string html, string to, string? reason = null) => new()
        {
            ["__RequestVerificationToken"] = Html.FormToken(html),
            ["Token"] = Regex.Match(html, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["To"] = to,
            ["EffectiveOn.Day"] = today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveOn.Month"] = today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveOn.Year"] = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ClosureReason"] = reason ?? "",
        };

        var saved = await practitioner.PostAsync(casePage, new FormUrlEncodedContent(Move(first, "Assessment")));
        var refused = await manager.PostAsync(casePage, new FormUrlEncodedContent(Move(second, "Closed", "RC8")));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        // The form sent only the case's version, so what changed comes from that version as kept when the page showed it.
        Assert.Matches("Priya Practitioner changed this case at [0-9:]+ UTC on [^,]+, while you were working on it. What they changed is listed below", html);
        Assert.Matches(new Regex("data-field=\"Stage\".*?Before:.*?Referral since .*?Now:.*?Single assessment since", RegexOptions.Singleline), html);
        Assert.Contains("<option value=\"RC8\" selected", html, StringComparison.Ordinal);
        Assert.Equal("Single assessment", Html.TestIdText(await manager.GetStringAsync(casePage), "case-stage"));
    }

    [Fact]
    public async Task Roles_decide_who_records_casework_and_who_reads_access_logs()
    {
        var (practitioner, casePage) = await ReferralAtBrent();
        var childLog = ChildLink(await practitioner.GetStringAsync(casePage)) + "/access-log";
        var qa = await _factory.SignedIn("http://brent.localhost/caseload", "qa@brent");

        Assert.Equal(HttpStatusCode.Found, (await practitioner.GetAsync(new Uri($"http://brent.localhost{childLog}"))).StatusCode);
        var log = await qa.GetAsync(new Uri($"http://brent.localhost{childLog}"));
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        var logHtml = await log.Content.ReadAsStringAsync();
        Assert.Contains("Priya Practitioner", logHtml, StringComparison.Ordinal);
        Assert.Contains("Viewed child", logHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await qa.GetAsync(new Uri("http://brent.localhost/referrals/new"))).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await practitioner.GetAsync(new Uri("http://brent.localhost/caseload/team"))).StatusCode);
    }
}
