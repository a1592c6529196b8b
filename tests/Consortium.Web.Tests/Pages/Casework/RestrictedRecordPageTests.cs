namespace Consortium.Web.Tests.Pages.Casework;

[Collection(SharedWebHost.Name)]
public sealed class RestrictedRecordPageTests(ConsortiumWebFactory factory)
{
    private readonly ConsortiumWebFactory _factory = factory;

    [Fact]
    public async Task A_manager_restricts_a_record_to_named_staff_and_others_see_only_that_it_exists()
    {
        var practitioner = await _factory.SignedIn("http://brent.localhost/caseload", "practitioner@brent");
        var token = Html.FormToken(await practitioner.GetStringAsync(new Uri("http://brent.localhost/referrals/new")));
        var referral = await practitioner.PostAsync(new Uri("http://brent.localhost/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["GivenName"] = "Robin", ["FamilyName"] = "Private", ["DateOfBirth.Day"] = "1", ["DateOfBirth.Month"] = "2",
            ["DateOfBirth.Year"] = "2016", ["SexCode"] = "2", ["EthnicityCode"] = "WBRI", ["ReferralDate.Day"] = "2", ["ReferralDate.Month"] = "11",
            ["ReferralDate.Year"] = "2026", ["ReferralSource"] = "6", ["PrimaryNeed"] = "N1",
        }));
        var casePage = await practitioner.GetStringAsync(new Uri(new Uri("http://brent.localhost/"), referral.Headers.Location!));
        var childPath = System.Text.RegularExpressions.Regex.Match(casePage, "href=\"(/children/[0-9a-f-]{36})\"").Groups[1].Value;
        var manager = await _factory.SignedIn("http://brent.localhost/caseload/team", "manager@brent");
        var childPage = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));

        var refusedForPractitioner = await practitioner.PostAsync(new Uri($"http://brent.localhost{childPath}?handler=Restrict"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Restricted"] = "true", ["PermittedStaff"] = "nobody@brent",
        }));
        var restricted = await manager.PostAsync(new Uri($"http://brent.localhost{childPath}?handler=Restrict"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(childPage),
            ["Token"] = System.Text.RegularExpressions.Regex.Match(childPage, "name=\"Token\" value=\"([^\"]*)\"").Groups[1].Value,
            ["Restricted"] = "true",
            ["PermittedStaff"] = "practitioner@brent",
        }));
        var qa = await _factory.SignedIn("http://brent.localhost/caseload", "qa@brent");
        var forQa = await qa.GetAsync(new Uri($"http://brent.localhost{childPath}"));
        var qaByName = await qa.GetStringAsync(new Uri("http://brent.localhost/search?q=Private"));
        var caseReference = System.Text.RegularExpressions.Regex.Match(casePage, "Case (R-[0-9A-F]{8})").Groups[1].Value;
        var qaSearch = await qa.GetStringAsync(new Uri($"http://brent.localhost/search?q={caseReference}"));

        Assert.Contains("/no-access", refusedForPractitioner.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Found, restricted.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forQa.StatusCode);
        var qaHtml = await forQa.Content.ReadAsStringAsync();
        Assert.Contains("This record is restricted", qaHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin", qaHtml, StringComparison.Ordinal);
        Assert.Contains("Restricted record C-", qaSearch, StringComparison.Ordinal);
        Assert.Contains("No children found", qaByName, StringComparison.Ordinal);
        Assert.Contains("Robin Private", await practitioner.GetStringAsync(new Uri($"http://brent.localhost{childPath}")), StringComparison.Ordinal);
        var forManager = await manager.GetStringAsync(new Uri($"http://brent.localhost{childPath}"));
        Assert.Contains("Robin Private", forManager, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"restricted-banner\"[\\s\\S]*Restricted record: only [^<]*can open it", forManager);
    }
}
