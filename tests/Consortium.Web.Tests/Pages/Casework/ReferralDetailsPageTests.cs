using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Casework;

/// <summary>The reason for a referral and the referrer: asked by the forms and the API, shown on the case page to those who may open the record, and to nobody else.</summary>
[Collection(SharedWebHost.Name)]
public sealed class ReferralDetailsPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static Dictionary<string, string> Form(string token, string family, string reason, string referrer, string phone)
    {
        var referred = DateTime.UtcNow.AddDays(-2);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["GivenName"] = "Ines", ["FamilyName"] = family,
            ["DateOfBirth.Day"] = "4", ["DateOfBirth.Month"] = "5", ["DateOfBirth.Year"] = "2018", ["SexCode"] = "2", ["EthnicityCode"] = "WBRI",
            ["ReferralDate.Day"] = referred.Day.ToString(CultureInfo.InvariantCulture), ["ReferralDate.Month"] = referred.Month.ToString(CultureInfo.InvariantCulture),
            ["ReferralDate.Year"] = referred.Year.ToString(CultureInfo.InvariantCulture), ["ReferralSource"] = "2A", ["PrimaryNeed"] = "N1",
            ["Reason"] = reason, ["ReferrerName"] = referrer, ["ReferrerAgency"] = "Harlesden Primary School", ["ReferrerPhone"] = phone, ["NewChildConfirmed"] = "true",
        };
    }

    [Fact]
    public async Task A_referral_without_a_reason_or_a_way_to_reach_the_referrer_is_shown_again_with_the_error_summary_and_nothing_is_saved()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var token = Html.FormToken(await client.GetStringAsync(new Uri($"{Brent}/referrals/new")));

        var refused = await client.PostAsync(new Uri($"{Brent}/referrals/new"), new FormUrlEncodedContent(Form(token, "Unreasoned", " ", "", "ring the school")));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Reason\">Enter the reason for the referral<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#ReferrerName\">Enter the referrer&#x27;s name, or say that they did not give it<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#ReferrerPhone\">Enter the referrer&#x27;s phone number as digits", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Harlesden Primary School\"", html, StringComparison.Ordinal);
        Assert.Contains("No children found", await client.GetStringAsync(new Uri($"{Brent}/search?q=Unreasoned")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_shows_the_reason_and_referrer_to_those_who_may_open_the_record_and_to_nobody_else()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var token = Html.FormToken(await practitioner.GetStringAsync(new Uri($"{Brent}/referrals/new")));
        var saved = await practitioner.PostAsync(new Uri($"{Brent}/referrals/new"), new FormUrlEncodedContent(Form(token, "Reasoned", "Ines said her stepfather hit her with a slipper.", "Wilhelmina Faircloth", "020 7946 0123")));
        Assert.Equal(HttpStatusCode.Found, saved.StatusCode);
        var casePath = saved.Headers.Location!.ToString();

        var casePage = await practitioner.GetStringAsync(new Uri(new Uri(Brent), casePath));
        Assert.Contains("Ines said her stepfather hit her with a slipper.", casePage, StringComparison.Ordinal);
        Assert.Contains("Wilhelmina Faircloth, Harlesden Primary School", casePage, StringComparison.Ordinal);
        Assert.Contains("020 7946 0123", casePage, StringComparison.Ordinal);

        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "manager@bristol");
        var elsewhere = await bristol.GetAsync(new Uri($"http://bristol.localhost{casePath}"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain("Faircloth", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var childPath = Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
        var childPage = await manager.GetStringAsync(new Uri($"{Brent}{childPath}"));
        var restricted = await manager.PostAsync(new Uri($"{Brent}{childPath}?handler=Restrict"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(childPage),
            ["Token"] = Regex.Match(childPage, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["Restricted"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Found, restricted.StatusCode);
        var hidden = await practitioner.GetAsync(new Uri(new Uri(Brent), casePath));
        var api = await practitioner.Get($"{Brent}/api{casePath}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("Faircloth", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Faircloth", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Wilhelmina Faircloth", await manager.GetStringAsync(new Uri(new Uri(Brent), casePath)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_asks_for_the_reason_and_referrer_with_problem_details_and_saves_nothing_without_them()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var json = JsonSerializer.Serialize(new
        {
            givenName = "Ines", familyName = "Apiunreasoned", dateOfBirth = "2018-05-04", sexCode = "2", ethnicityCode = "WBRI",
            referralDate = ApiCalls.Today, referralSource = "2A", primaryNeed = "N1", referrerEmail = "not an address",
        });

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/referrals", json), HttpStatusCode.BadRequest);
        var (_, childId, _) = await client.RecordReferral(Brent, "Ines", "Apireasoned");
        var again = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/children/{childId}/referrals",
            JsonSerializer.Serialize(new { referralDate = ApiCalls.Today, referralSource = "3A", primaryNeed = "N2", referrerAnonymous = true })), HttpStatusCode.BadRequest);

        Assert.Equal(["Enter the reason for the referral"], ApiCalls.Errors(problem, "reason"));
        Assert.Equal(["Enter the referrer's name, or say that they did not give it"], ApiCalls.Errors(problem, "referrerName"));
        Assert.Equal(["Enter the referrer's email address in the right form, like name@example.org"], ApiCalls.Errors(problem, "referrerEmail"));
        Assert.Equal(["reason"], again.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, (await ApiCalls.Json(await client.Get($"{Brent}/api/children?q=Apiunreasoned"))).GetProperty("items").GetArrayLength());
        var record = await ApiCalls.Json(await client.Get($"{Brent}/api/children/{childId}"));
        Assert.Equal(1, record.GetProperty("cases").GetArrayLength());
    }
}
