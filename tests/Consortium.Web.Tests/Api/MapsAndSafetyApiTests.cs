using System.Net;

namespace Consortium.Web.Tests.Api;

public sealed class MapsAndSafetyApiTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    [Fact]
    public async Task A_map_is_started_saved_rated_and_read_back_with_its_versions()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Mira", "Mapped");

        var (mapId, etag) = await client.StartMap(Brent, caseId);
        var saved = await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Mira was hurt", (null, "Mira may be hit when dad drinks", "Mira is safe when dad drinks")), etag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.ToString());
        var pairId = (await ApiCalls.Json(saved)).GetProperty("pairs")[0].GetProperty("id").GetGuid();
        var rated = await client.PostJson($"{Brent}/api/maps/{mapId}/ratings", ApiCalls.RatingJson(4, pairId));
        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        Assert.Equal($"/api/maps/{mapId}", rated.Headers.Location!.ToString());

        var read = await client.Get($"{Brent}/api/maps/{mapId}");
        Assert.Equal(saved.Headers.ETag, read.Headers.ETag);
        var map = await ApiCalls.Json(read);
        Assert.Equal(1, map.GetProperty("version").GetInt32());
        Assert.True(map.GetProperty("isLatest").GetBoolean());
        Assert.Equal("SignsOfSafety", map.GetProperty("kind").GetString());
        Assert.Equal("Mira was hurt", map.GetProperty("harmStatement").GetString());
        Assert.Equal("Mira may be hit when dad drinks", map.GetProperty("pairs")[0].GetProperty("statement").GetString());
        Assert.Equal("Visit the family", map.GetProperty("nextSteps")[0].GetProperty("what").GetString());
        var rating = Assert.Single(map.GetProperty("ratings").EnumerateArray());
        Assert.Equal(4, rating.GetProperty("score").GetInt32());
        Assert.Equal(pairId, rating.GetProperty("pairId").GetGuid());

        var (second, _) = await client.StartMap(Brent, caseId);
        var versions = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/maps"));
        Assert.Equal([second, mapId], versions.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()));
        var copied = await ApiCalls.Json(await client.Get($"{Brent}/api/maps/{second}"));
        Assert.Equal(pairId, copied.GetProperty("pairs")[0].GetProperty("id").GetGuid());
        Assert.False((await ApiCalls.Json(await client.Get($"{Brent}/api/maps/{mapId}"))).GetProperty("isLatest").GetBoolean());

        var earlier = await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Changed"), read.Headers.ETag!.ToString());
        await ApiCalls.Problem(earlier, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_network_and_plan_revisions_are_written_and_a_stale_revision_is_refused_with_what_changed()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Sami", "Planned");

        var added = await practitioner.PostJson($"{Brent}/api/cases/{caseId}/safety/network", ApiCalls.NetworkMemberJson("Auntie Netta"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var member = (await ApiCalls.Json(added)).GetProperty("network")[0];
        Assert.Equal("Auntie Netta", member.GetProperty("name").GetString());
        var memberId = member.GetProperty("id").GetGuid();

        var first = await practitioner.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(0, memberId));
        var stale = await manager.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(0, memberId));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var problem = await ApiCalls.Problem(stale, HttpStatusCode.PreconditionFailed);
        Assert.StartsWith("Priya Practitioner saved revision 1 of this plan at ", ApiCalls.Detail(problem), StringComparison.Ordinal);
        Assert.Contains("Warning signs: added 'Shouting'", problem.GetProperty("theirChanges").EnumerateArray().Select(c => c.GetString()));
        var safety = await ApiCalls.Json(await manager.Get($"{Brent}/api/cases/{caseId}/safety"));
        Assert.Equal(1, safety.GetProperty("currentRevision").GetInt32());
        var revision = Assert.Single(safety.GetProperty("revisions").EnumerateArray());
        Assert.Equal("Draft", revision.GetProperty("status").GetString());
        Assert.Equal([memberId], revision.GetProperty("rules")[0].GetProperty("responsible").EnumerateArray().Select(m => m.GetGuid()));

        var retried = await manager.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(1, memberId));
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(2, (await ApiCalls.Json(retried)).GetProperty("currentRevision").GetInt32());
    }

    [Fact]
    public async Task A_drawing_recorded_on_the_page_downloads_through_the_api_as_it_was_uploaded_and_is_never_cached()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Dora", "Drawn");
        var (workId, blob) = await client.RecordDirectWorkWithPng(Brent, caseId, childId, "three-houses.png");

        var response = await client.Get($"{Brent}/api/direct-work/{workId}/documents/{blob}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("three-houses.png", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(ApiCalls.Png, await response.Content.ReadAsByteArrayAsync());

        await ApiCalls.Problem(await client.Get($"{Brent}/api/direct-work/{workId}/documents/0123456789abcdef0123456789abcdef"), HttpStatusCode.NotFound);
        await ApiCalls.Problem(await client.Get($"{Brent}/api/direct-work/{Guid.NewGuid()}/documents/{blob}"), HttpStatusCode.NotFound);
        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "manager@bristol");
        var refused = await bristol.Get($"http://bristol.localhost/api/direct-work/{workId}/documents/{blob}");
        var problem = await ApiCalls.Problem(refused, HttpStatusCode.NotFound);
        Assert.DoesNotContain("three-houses", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(refused.Content.Headers.ContentDisposition);
    }
}
