namespace Consortium.Web.Tests.Pages.SafetyPlanning;

[Collection(SharedWebHost.Name)]
public sealed class SafetyPlanningPageTests(ConsortiumWebFactory factory)
{
    private readonly ConsortiumWebFactory _factory = factory;

    [Fact]
    public async Task Another_authority_cannot_reach_a_cases_maps_network_plan_or_direct_work()
    {
        var brent = await _factory.SignedIn("http://brent.localhost/caseload", "practitioner@brent");
        var token = Html.FormToken(await brent.GetStringAsync(new Uri("http://brent.localhost/referrals/new")));
        var referral = await brent.PostAsync(new Uri("http://brent.localhost/referrals/new"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["GivenName"] = "Kit", ["FamilyName"] = "Hidden", ["DateOfBirth.Day"] = "1", ["DateOfBirth.Month"] = "2",
            ["DateOfBirth.Year"] = "2017", ["SexCode"] = "1", ["EthnicityCode"] = "WBRI", ["ReferralDate.Day"] = "1", ["ReferralDate.Month"] = "11",
            ["ReferralDate.Year"] = "2026", ["ReferralSource"] = "6", ["PrimaryNeed"] = "N1", ["Reason"] = "Worried about bruising.", ["ReferrerName"] = "Rosalind Referrer", ["ReferrerEmail"] = "r.referrer@example.org",
        }));
        var casePath = referral.Headers.Location!.ToString();
        var startMap = await brent.PostAsync(new Uri($"http://brent.localhost{casePath}/maps"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var mapPath = startMap.Headers.Location!.ToString().Replace("/edit", "", StringComparison.Ordinal);
        var bristol = await _factory.SignedIn("http://bristol.localhost/caseload", "manager@bristol");
        var bristolToken = Html.FormToken(await bristol.GetStringAsync(new Uri("http://bristol.localhost/referrals/new")));

        foreach (var path in new[] { $"{casePath}/safety", $"{casePath}/safety/plan", $"{casePath}/safety/revisions/1", $"{casePath}/direct-work", mapPath, $"{mapPath}/edit", $"/direct-work/{Guid.NewGuid()}/documents/0123456789abcdef0123456789abcdef" })
        {
            var response = await bristol.GetAsync(new Uri($"http://bristol.localhost{path}"));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Hidden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var path in new[] { $"{casePath}/safety", $"{casePath}/maps", mapPath })
        {
            var response = await bristol.PostAsync(new Uri($"http://bristol.localhost{path}"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = bristolToken, ["Name"] = "Intruder", ["Relationship"] = "None" }));
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(System.Net.HttpStatusCode.OK, (await brent.GetAsync(new Uri($"http://brent.localhost{casePath}/safety"))).StatusCode);
        Assert.DoesNotContain("Intruder", await brent.GetStringAsync(new Uri($"http://brent.localhost{casePath}/safety")), StringComparison.Ordinal);
    }
}
