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
    public async Task Another_authoritys_staff_given_brents_map_safety_plan_and_document_ids_get_not_found_and_learn_nothing()
    {
        var brent = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await brent.RecordReferral(Brent, "Yusuf", "Mapisolata");
        var (mapId, mapETag) = await brent.StartMap(Brent, caseId);
        var saved = await brent.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Secret harm words", (null, "Secret danger words", "Secret goal words")), mapETag);
        mapETag = saved.Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.Created, (await brent.PostJson($"{Brent}/api/maps/{mapId}/ratings", ApiCalls.RatingJson(6))).StatusCode);
        var network = await ApiCalls.Json(await brent.PostJson($"{Brent}/api/cases/{caseId}/safety/network", ApiCalls.NetworkMemberJson("Auntie Secretia")));
        var memberId = network.GetProperty("network")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await brent.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(0, memberId))).StatusCode);
        var (workId, blob) = await brent.RecordDirectWorkWithPng(Brent, caseId, childId, "secret-drawing.png");
        string[] secrets = ["Yusuf", "Mapisolata", "Secret", "Auntie", "Amina", "secret-drawing"];
        var bristol = await factory.SignedIn($"{Bristol}/caseload", "manager@bristol");

        var answers = new[]
        {
            await bristol.Get($"{Bristol}/api/cases/{caseId}/maps"),
            await bristol.PostContent($"{Bristol}/api/cases/{caseId}/maps", new StringContent("")),
            await bristol.Get($"{Bristol}/api/maps/{mapId}"),
            await bristol.PutJson($"{Bristol}/api/maps/{mapId}", ApiCalls.MapJson("Overwritten"), mapETag),
            await bristol.PostJson($"{Bristol}/api/maps/{mapId}/ratings", ApiCalls.RatingJson(0)),
            await bristol.Get($"{Bristol}/api/cases/{caseId}/safety"),
            await bristol.PostJson($"{Bristol}/api/cases/{caseId}/safety/network", ApiCalls.NetworkMemberJson("Intruder")),
            await bristol.PostJson($"{Bristol}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(1, memberId)),
            await bristol.Get($"{Bristol}/api/direct-work/{workId}/documents/{blob}"),
        };
        foreach (var answer in answers)
        {
            var problem = await ApiCalls.Problem(answer, HttpStatusCode.NotFound);
            var text = problem.GetRawText();
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
            Assert.Null(answer.Headers.ETag);
            Assert.Null(answer.Content.Headers.ContentDisposition);
        }

        var versions = await ApiCalls.Json(await brent.Get($"{Brent}/api/cases/{caseId}/maps"));
        Assert.Single(versions.GetProperty("versions").EnumerateArray());
        var map = await brent.Get($"{Brent}/api/maps/{mapId}");
        Assert.Equal(mapETag, map.Headers.ETag!.ToString());
        var mapBody = await ApiCalls.Json(map);
        Assert.Equal("Secret harm words", mapBody.GetProperty("harmStatement").GetString());
        Assert.Single(mapBody.GetProperty("ratings").EnumerateArray());
        var safety = await ApiCalls.Json(await brent.Get($"{Brent}/api/cases/{caseId}/safety"));
        Assert.Single(safety.GetProperty("network").EnumerateArray());
        Assert.Equal(1, safety.GetProperty("currentRevision").GetInt32());
    }

    [Fact]
    public async Task A_brent_session_is_not_signed_in_at_bristols_api()
    {
        var brent = await factory.SignedIn($"{Brent}/caseload", "manager@brent");

        await ApiCalls.Problem(await brent.Get($"{Bristol}/api/caseload"), HttpStatusCode.Unauthorized);
    }
}
