using System.Net;
using System.Text.Json;

namespace Consortium.Web.Tests.Api;

public sealed class AuthorisationApiTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";
    private const string Bristol = "http://bristol.localhost";

    private async Task<(HttpClient Practitioner, Guid CaseId, Guid Request, string ETag)> ClosureAskedForAsync(string family)
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, etag) = await practitioner.RecordReferral(Brent, "Asks", family);
        var asked = await practitioner.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Closed", closureReason: "RC8"), etag);
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        return (practitioner, caseId, (await ApiCalls.Json(asked)).GetProperty("id").GetGuid(), asked.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_manager_declines_with_a_reason_the_case_stays_open_and_the_decision_is_listed_on_the_case()
    {
        var (practitioner, caseId, request, _) = await ClosureAskedForAsync("Declineson");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");

        var noReason = await ApiCalls.Problem(await manager.PostJson($"{Brent}/api/authorisations/{request}/decline", JsonSerializer.Serialize(new { reason = " " })), HttpStatusCode.BadRequest);
        var declined = await manager.PostJson($"{Brent}/api/authorisations/{request}/decline", JsonSerializer.Serialize(new { reason = "Speak to the school first." }));

        Assert.Contains(ApiCalls.Errors(noReason, "reason"), e => e.StartsWith("Enter why", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("Referral", (await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{caseId}"))).GetProperty("stage").GetString());
        var listed = Assert.Single((await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{caseId}/authorisations"))).EnumerateArray());
        Assert.Equal(("Declined", "Speak to the school first."), (listed.GetProperty("decision").GetString(), listed.GetProperty("declineReason").GetString()));
    }

    [Fact]
    public async Task Another_authoritys_manager_given_brents_ids_gets_not_found_and_nothing_is_decided()
    {
        var (practitioner, caseId, request, etag) = await ClosureAskedForAsync("Isolateson");
        var bristol = await factory.SignedIn($"{Bristol}/caseload/team", "manager@bristol");

        var answers = new[]
        {
            await bristol.Get($"{Bristol}/api/cases/{caseId}/authorisations"),
            await bristol.PostJson($"{Bristol}/api/authorisations/{request}/authorise", JsonSerializer.Serialize(new { effectiveOn = ApiCalls.Today }), etag),
            await bristol.PostJson($"{Bristol}/api/authorisations/{request}/decline", JsonSerializer.Serialize(new { reason = "No" })),
            await bristol.Get($"{Bristol}/cases/{caseId}/authorisation"),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.StatusCode));
        var listed = Assert.Single((await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{caseId}/authorisations"))).EnumerateArray());
        Assert.Equal("Waiting", listed.GetProperty("decision").GetString());
    }
}
