using System.Net;

namespace Consortium.Web.Tests.Api;

public sealed class ApiIsolationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";
    private const string Bristol = "http://bristol.localhost";

    [Fact]
    public async Task Another_authoritys_staff_given_brents_ids_get_not_found_from_every_endpoint_and_learn_nothing()
    {
        var brent = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, etag) = await brent.RecordReferral(Brent, "Zainab", "Isolata");
        var record = await ApiCalls.Json(await brent.Get($"{Brent}/api/cases/{caseId}"));
        var caseReference = record.GetProperty("reference").GetString()!;
        var childReference = record.GetProperty("child").GetProperty("reference").GetString()!;
        string[] secrets = ["Zainab", "Isolata", caseReference, childReference];
        var bristol = await factory.SignedIn($"{Bristol}/caseload", "manager@bristol");

        var answers = new[]
        {
            await bristol.Get($"{Bristol}/api/children/{childId}"),
            await bristol.Get($"{Bristol}/api/cases/{caseId}"),
            await bristol.PostJson($"{Bristol}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Closed", "RC8"), etag),
        };
        foreach (var answer in answers)
        {
            var problem = await ApiCalls.Problem(answer, HttpStatusCode.NotFound);
            var text = problem.GetRawText();
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
            Assert.Null(answer.Headers.ETag);
        }

        var lists = new[]
        {
            await bristol.Get($"{Bristol}/api/children?q=Isolata"),
            await bristol.Get($"{Bristol}/api/children?q={caseReference}"),
            await bristol.Get($"{Bristol}/api/children?q={childReference}"),
            await bristol.Get($"{Bristol}/api/caseload"),
            await bristol.Get($"{Bristol}/api/caseload/team"),
        };
        foreach (var list in lists)
        {
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var text = await list.Content.ReadAsStringAsync();
            Assert.All(secrets.Append(caseId.ToString()).Append(childId.ToString()), secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }

        var unchanged = await ApiCalls.Json(await brent.Get($"{Brent}/api/cases/{caseId}"));
        Assert.Equal("Referral", unchanged.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_brent_session_is_not_signed_in_at_bristols_api()
    {
        var brent = await factory.SignedIn($"{Brent}/caseload", "manager@brent");

        await ApiCalls.Problem(await brent.Get($"{Bristol}/api/caseload"), HttpStatusCode.Unauthorized);
    }
}
