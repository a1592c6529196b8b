using System.Net;
using System.Text.Json;

namespace Consortium.Web.Tests.Api;

[Collection(SharedWebHost.Name)]
public sealed class ReReferralApiTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static string Again(string date, string source = "3A") => JsonSerializer.Serialize(new { referralDate = date, referralSource = source, primaryNeed = "N2", reason = "Police attended a domestic incident.", referrerName = "PC Dorian Gale", referrerPhone = "020 7946 0000" });

    [Fact]
    public async Task A_known_child_is_referred_again_by_the_api_and_the_new_case_is_theirs()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var first = await ApiCalls.Json(await client.PostJson($"{Brent}/api/referrals", ApiCalls.ReferralJson("Remy", "Apireferral")));
        var childId = first.GetProperty("childId").GetGuid();

        var again = await client.PostJson($"{Brent}/api/children/{childId}/referrals", Again(ApiCalls.Today));
        var invalid = await client.PostJson($"{Brent}/api/children/{childId}/referrals", Again(ApiCalls.Today, source: "ZZ"));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotNull(again.Headers.ETag);
        var recorded = await ApiCalls.Json(again);
        Assert.Equal(childId, recorded.GetProperty("childId").GetGuid());
        var read = await ApiCalls.Json(await client.Get($"{Brent}{again.Headers.Location}"));
        Assert.Equal("Closed", read.GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
        Assert.Contains("referralSource", await invalid.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var child = await ApiCalls.Json(await client.Get($"{Brent}/api/children/{childId}"));
        Assert.Equal(2, child.GetProperty("cases").GetArrayLength());
    }

    [Fact]
    public async Task Another_authority_cannot_refer_brents_child_and_nothing_is_saved_there()
    {
        var brent = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var childId = (await ApiCalls.Json(await brent.PostJson($"{Brent}/api/referrals", ApiCalls.ReferralJson("Remy", "Elsewhere")))).GetProperty("childId").GetGuid();
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "manager@bristol");

        var attempt = await bristol.PostJson($"http://bristol.localhost/api/children/{childId}/referrals", Again(ApiCalls.Today));

        Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
        Assert.DoesNotContain("Elsewhere", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await ApiCalls.Json(await brent.Get($"{Brent}/api/children/{childId}"))).GetProperty("cases").GetArrayLength());
    }
}
