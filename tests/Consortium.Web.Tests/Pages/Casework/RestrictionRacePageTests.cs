using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class RestrictionRacePageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";
    private const string ConflictMessage = "Someone else changed this record&#x27;s access while you were working on it";
    private readonly ConsortiumWebFactory _factory = factory;

    /// <summary>
    /// The manager and the administrator each send ten saves of "Restrict this record" from the version they both loaded,
    /// each naming only themselves, all at once over real SQLite: one save wins and every other request, including those
    /// of the person the winner left out, ends in the conflict message (never an error page or "Page not found").
    /// </summary>
    [Fact]
    public async Task Twenty_restrict_saves_from_one_version_each_end_in_the_saved_record_or_the_conflict_message()
    {
        var manager = await _factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var admin = await _factory.SignedIn($"{Brent}/admin", "admin@brent");
        var form = await manager.GetStringAsync(new Uri($"{Brent}/referrals/new"));
        var referral = await manager.PostAsync(new Uri($"{Brent}/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(form), ["GivenName"] = "Rory", ["FamilyName"] = "Racing", ["DateOfBirth.Day"] = "4", ["DateOfBirth.Month"] = "4",
            ["DateOfBirth.Year"] = "2014", ["SexCode"] = "1", ["EthnicityCode"] = "WBRI", ["ReferralDate.Day"] = "2", ["ReferralDate.Month"] = "11",
            ["ReferralDate.Year"] = "2026", ["ReferralSource"] = "6", ["PrimaryNeed"] = "N1", ["Reason"] = "Worried about bruising.", ["ReferrerName"] = "Rosalind Referrer", ["ReferrerEmail"] = "r.referrer@example.org",
        }));
        var casePage = await manager.GetStringAsync(new Uri(new Uri($"{Brent}/"), referral.Headers.Location!));
        var childPath = Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
        var managerPage = await manager.GetStringAsync(new Uri($"{Brent}{childPath}"));
        var adminPage = await admin.GetStringAsync(new Uri($"{Brent}{childPath}"));
        Dictionary<string, string> Restrict(string page) => new()
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["Token"] = Regex.Match(page, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["Restricted"] = "true",
        };

        var saves = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var (client, page) = i % 2 == 0 ? (manager, managerPage) : (admin, adminPage);
            using var response = await client.PostAsync(new Uri($"{Brent}{childPath}?handler=Restrict"), new FormUrlEncodedContent(Restrict(page)));
            return (response.StatusCode, Html: await response.Content.ReadAsStringAsync());
        })));

        Assert.All(saves, s => Assert.True(
            s.StatusCode == HttpStatusCode.Found || (s.StatusCode == HttpStatusCode.BadRequest && s.Html.Contains(ConflictMessage, StringComparison.Ordinal)),
            $"{(int)s.StatusCode}: {Html.Heading(s.Html)}"));
        Assert.Single(saves, s => s.StatusCode == HttpStatusCode.Found);
        var managerNow = await manager.GetAsync(new Uri($"{Brent}{childPath}"));
        var adminNow = await admin.GetAsync(new Uri($"{Brent}{childPath}"));
        Assert.Single(new[] { managerNow.StatusCode, adminNow.StatusCode }, HttpStatusCode.OK);
    }
}
