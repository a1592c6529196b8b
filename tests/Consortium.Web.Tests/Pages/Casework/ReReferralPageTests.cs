using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>A child referred again: the likely-match warning, re-referral from the record, search, and an administrator's merge.</summary>
[Collection(SharedWebHost.Name)]
public sealed class ReReferralPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static Dictionary<string, string> Referral(string token, string given, string family, bool confirmed = false)
    {
        var referred = DateTime.UtcNow.AddDays(-3);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["GivenName"] = given,
            ["FamilyName"] = family,
            ["DateOfBirth.Day"] = "9",
            ["DateOfBirth.Month"] = "3",
            ["DateOfBirth.Year"] = "2016",
            ["SexCode"] = "1",
            ["EthnicityCode"] = "WBRI",
            ["ReferralDate.Day"] = referred.Day.ToString(CultureInfo.InvariantCulture),
            ["ReferralDate.Month"] = referred.Month.ToString(CultureInfo.InvariantCulture),
            ["ReferralDate.Year"] = referred.Year.ToString(CultureInfo.InvariantCulture),
            ["ReferralSource"] = "2A",
            ["PrimaryNeed"] = "N1",
            ["Reason"] = "Worried about bruising.",
            ["ReferrerName"] = "Rosalind Referrer",
            ["ReferrerPhone"] = "020 7946 0000",
        };
        if (confirmed)
        {
            form["NewChildConfirmed"] = "true";
        }

        return form;
    }

    private static async Task<HttpResponseMessage> Refer(HttpClient client, string given, string family, bool confirmed = false) =>
        await client.PostAsync(new Uri($"{Brent}/referrals/new"), new FormUrlEncodedContent(Referral(Html.FormToken(await client.GetStringAsync(new Uri($"{Brent}/referrals/new"))), given, family, confirmed)));

    private static async Task<string> ChildPage(HttpClient client, HttpResponseMessage recorded)
    {
        var casePage = await client.GetStringAsync(new Uri(new Uri(Brent), recorded.Headers.Location!));
        return Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
    }

    [Fact]
    public async Task A_child_already_known_is_shown_before_saving_and_nothing_is_saved_until_the_person_chooses()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var first = await Refer(client, "Oscar", "Lookalike", confirmed: true);
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        var childPage = await ChildPage(client, first);

        var warned = await Refer(client, "Oskar", "Lookalike");
        var html = await warned.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("This child may already be known", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{childPage}/referrals/new?date=", html, StringComparison.Ordinal);
        Assert.Contains("a name spelt alike, the same date of birth", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Oskar\"", html, StringComparison.Ordinal);
        var search = await client.GetStringAsync(new Uri($"{Brent}/search?q=Lookalike"));
        Assert.Contains("1 child<", search, StringComparison.Ordinal);
        Assert.Contains("9 March 2016", search, StringComparison.Ordinal);

        var confirmed = await Refer(client, "Oskar", "Lookalike", confirmed: true);
        Assert.Equal(HttpStatusCode.Found, confirmed.StatusCode);
        Assert.Contains("2 children<", await client.GetStringAsync(new Uri($"{Brent}/search?q=Lookalike")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_practitioner_refers_a_child_again_from_their_record_and_another_authority_cannot()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var childPage = await ChildPage(client, await Refer(client, "Rhea", "Returning", confirmed: true));
        Assert.Contains($"href=\"{childPage}/referrals/new\"", await client.GetStringAsync(new Uri($"{Brent}{childPage}")), StringComparison.Ordinal);

        var form = await client.GetStringAsync(new Uri($"{Brent}{childPage}/referrals/new"));
        Assert.Contains("data-testid=\"open-case\"", form, StringComparison.Ordinal);
        var today = DateTime.UtcNow;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(form),
            ["ReferralDate.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["ReferralDate.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["ReferralDate.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["ReferralSource"] = "3A",
            ["PrimaryNeed"] = "N2",
            ["Reason"] = "Police attended a domestic incident.",
            ["ReferrerName"] = "PC Dorian Gale",
            ["ReferrerPhone"] = "020 7946 0000",
        };
        var saved = await client.PostAsync(new Uri($"{Brent}{childPage}/referrals/new"), new FormUrlEncodedContent(fields));
        var bad = await client.PostAsync(new Uri($"{Brent}{childPage}/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["PrimaryNeed"] = "" }));

        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Select the child&#x27;s primary need", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var record = await client.GetStringAsync(new Uri($"{Brent}{childPage}"));
        Assert.Equal(2, Regex.Count(record, "href=\"/cases/"));

        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        var bristolToken = Html.FormToken(await bristol.GetStringAsync(new Uri("http://bristol.localhost/referrals/new")));
        var elsewhere = await bristol.GetAsync(new Uri($"http://bristol.localhost{childPage}/referrals/new"));
        var elsewherePost = await bristol.PostAsync(new Uri($"http://bristol.localhost{childPage}/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = bristolToken }));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewherePost.StatusCode);
        Assert.DoesNotContain("Returning", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("No children found", await bristol.GetStringAsync(new Uri("http://bristol.localhost/search?q=Returning")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_merges_two_records_of_one_child_and_the_old_address_leads_to_the_kept_record()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var kept = await ChildPage(practitioner, await Refer(practitioner, "Mika", "Twicerecorded", confirmed: true));
        var other = await ChildPage(practitioner, await Refer(practitioner, "Mikah", "Twicerecorded", confirmed: true));
        var otherReference = Regex.Match(await practitioner.GetStringAsync(new Uri($"{Brent}{other}")), "govuk-caption-l\">(C-[0-9A-F]+)<").Groups[1].Value;
        var admin = await factory.SignedIn($"{Brent}/admin", "admin@brent");
        Assert.Contains("/no-access", (await practitioner.GetAsync(new Uri($"{Brent}{kept}/merge"))).Headers.Location!.ToString(), StringComparison.Ordinal);

        var page = await admin.GetStringAsync(new Uri($"{Brent}{kept}/merge"));
        var preview = await admin.PostAsync(new Uri($"{Brent}{kept}/merge?handler=Preview"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["OtherReference"] = otherReference,
        }));
        var previewHtml = await preview.Content.ReadAsStringAsync();

        // Both records have an open case (referred the same day), so they overlap and cannot be one child's.
        Assert.Equal(HttpStatusCode.BadRequest, preview.StatusCode);
        Assert.Contains("overlap in time", previewHtml, StringComparison.Ordinal);

        var bristolAdmin = await factory.SignedIn("http://bristol.localhost/admin", "admin@bristol");
        Assert.Equal(HttpStatusCode.NotFound, (await bristolAdmin.GetAsync(new Uri($"http://bristol.localhost{kept}/merge"))).StatusCode);
    }
}
