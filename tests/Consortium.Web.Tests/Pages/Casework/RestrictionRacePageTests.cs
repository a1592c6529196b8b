using System.Net;
using System.Text.RegularExpressions;

namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class RestrictionRacePageTests(ConsortiumWebFactory factory)
{
    private readonly ConsortiumWebFactory _factory = factory;

    [Fact]
    public async Task Twenty_restrict_saves_from_one_version_each_end_in_the_saved_record_or_the_conflict_message()
    {
        var manager = await _factory.SignedIn("http://brent.localhost/caseload/team", "manager@brent");
        var form = await manager.GetStringAsync(new Uri("http://brent.localhost/referrals/new"));
        var referral = await manager.PostAsync(new Uri("http://brent.localhost/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(form), ["GivenName"] = "Rory", ["FamilyName"] = "Racing", ["DateOfBirth.Day"] = "4", ["DateOfBirth.Month"] = "4",
            ["DateOfBirth.Year"] = "2014", ["SexCode"] = "1", ["EthnicityCode"] = "WBRI", ["ReferralDate.Day"] = "2", ["ReferralDate.Month"] = "11",
            ["ReferralDate.Year"] = "2026", ["ReferralSource"] = "6", ["PrimaryNeed"] = "N1", ["Reason"] = "Worried about bruising.", ["ReferrerName"] = "Rosalind Referrer", ["ReferrerEmail"] = "r.referrer@example.org",
        }));
        var casePage = await manager.GetStringAsync(new Uri(new Uri("http://brent.localhost/"), referral.Headers.Location!));
        var childPath = Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
        var childPage = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(childPage),
            ["Token"] = Regex.Match(childPage, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["Restricted"] = "true",
        };

        var admin = await _factory.SignedIn("http://brent.localhost/admin", "admin@brent");
        var adminPage = await admin.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));
        var adminFields = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Html.FormToken(adminPage), ["Restricted"] = "false" };
        var all = new List<(HttpStatusCode StatusCode, string Html)>();
        for (var round = 0; round < 4; round++)
        {
        var now = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));
        fields["Token"] = Regex.Match(now, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value;
        adminFields["Token"] = fields["Token"];
        var saves0 = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            using var response = await (i % 2 == 0 ? manager : admin).PostAsync(new Uri($"http://brent.localhost{childPath}?handler=Restrict"), new FormUrlEncodedContent(i % 2 == 0 ? fields : adminFields));
            return (response.StatusCode, Html: await response.Content.ReadAsStringAsync());
        })));
        all.AddRange(saves0);
        }
        var saves = all.ToArray();
        foreach (var g in saves.GroupBy(s => ((int)s.StatusCode, Html.Heading(s.Html)))) Console.WriteLine($"RACE {g.Key} x{g.Count()}");

        Assert.All(saves, s => Assert.True(
            s.StatusCode == HttpStatusCode.Found || (s.StatusCode == HttpStatusCode.BadRequest && s.Html.Contains("Someone else changed this record&#x27;s access while you were working on it", StringComparison.Ordinal)),
            $"{(int)s.StatusCode}: {Html.Heading(s.Html)}"));
        Assert.Contains(saves, s => s.StatusCode == HttpStatusCode.Found);
        Assert.Contains("Rory Racing", await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}")), StringComparison.Ordinal);
    }
}
