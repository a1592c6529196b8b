using System.Net;

namespace Consortium.Web.Tests.Api;

public sealed class ApiConcurrencyTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    [Fact]
    public async Task Two_moves_with_the_same_etag_the_second_is_refused_with_what_changed_and_the_case_shows_the_first_only()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Cora", "Concurrent");
        var read = await practitioner.Get($"{Brent}/api/cases/{caseId}");
        var etag = read.Headers.ETag!.ToString();
        var url = $"{Brent}/api/cases/{caseId}/stage";

        var first = await practitioner.PostJson(url, ApiCalls.MoveJson("Assessment"), etag);
        var second = await manager.PostJson(url, ApiCalls.MoveJson("Closed", "RC8"), etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await ApiCalls.Problem(second, HttpStatusCode.PreconditionFailed);
        Assert.StartsWith("Priya Practitioner changed this case at ", ApiCalls.Detail(problem), StringComparison.Ordinal);
        var day = DateOnly.ParseExact(ApiCalls.Today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        // The version the ETag names was kept when the case was read, so the answer has each field before and after.
        var change = Assert.Single(problem.GetProperty("changes").EnumerateArray());
        Assert.Equal("stage", change.GetProperty("field").GetString());
        var before = change.GetProperty("before").GetString()!;
        Assert.StartsWith("Referral since ", before, StringComparison.Ordinal);
        Assert.Equal($"Single assessment since {day}", change.GetProperty("after").GetString());
        Assert.Equal([$"Stage: '{before}' → 'Single assessment since {day}'"], problem.GetProperty("theirChanges").EnumerateArray().Select(c => c.GetString()));
        var now = await manager.Get($"{Brent}/api/cases/{caseId}");
        var record = await ApiCalls.Json(now);
        Assert.Equal("Assessment", record.GetProperty("stage").GetString());
        var move = Assert.Single(record.GetProperty("history").EnumerateArray());
        Assert.Equal("Assessment", move.GetProperty("to").GetString());
        Assert.Equal(first.Headers.ETag, now.Headers.ETag);

        var retried = await manager.PostJson(url, ApiCalls.MoveJson("Closed", "RC8", ["21"]), now.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task A_stale_etag_from_a_move_answer_is_told_the_next_change_field_by_field()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Vera", "Versioned");
        var url = $"{Brent}/api/cases/{caseId}/stage";
        var assessed = await practitioner.PostJson(url, ApiCalls.MoveJson("Assessment"), (await practitioner.Get($"{Brent}/api/cases/{caseId}")).Headers.ETag!.ToString());
        // The practitioner keeps the ETag the move answered with and never reads the case again.
        var kept = assessed.Headers.ETag!.ToString();
        var current = (await manager.Get($"{Brent}/api/cases/{caseId}")).Headers.ETag!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await manager.PostJson(url, ApiCalls.MoveJson("Closed", "RC8", ["21"]), current)).StatusCode);

        var problem = await ApiCalls.Problem(await practitioner.PostJson(url, ApiCalls.MoveJson("StrategyDiscussion"), kept), HttpStatusCode.PreconditionFailed);

        var changes = problem.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.StartsWith("Single assessment since ", changes["stage"].GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Closed since ", changes["stage"].GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Equal(("", "Case closed after assessment, no further action"), (changes["closureReason"].GetProperty("before").GetString(), changes["closureReason"].GetProperty("after").GetString()));
        Assert.Equal("Closed", (await ApiCalls.Json(await practitioner.Get($"{Brent}/api/cases/{caseId}"))).GetProperty("stage").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired)]
    [InlineData("*", HttpStatusCode.BadRequest)]
    [InlineData("W/\"0123456789abcdef0123456789abcdef\"", HttpStatusCode.BadRequest)]
    [InlineData("not-an-etag", HttpStatusCode.BadRequest)]
    [InlineData("\"0123456789abcdef0123456789abcdef\"", HttpStatusCode.PreconditionFailed)]
    public async Task A_move_without_the_cases_etag_is_refused_and_changes_nothing(string? ifMatch, HttpStatusCode expected)
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Ivo", "Ifmatch");

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Assessment"), ifMatch), expected);

        Assert.Contains("If-Match", ApiCalls.Detail(problem) + problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        var record = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}"));
        Assert.Equal("Referral", record.GetProperty("stage").GetString());
        Assert.Equal(0, record.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Two_map_saves_with_the_same_etag_the_second_is_refused_with_what_changed_and_the_map_keeps_the_first()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Mo", "Mapconcurrent");
        var (mapId, _) = await practitioner.StartMap(Brent, caseId);
        var etag = (await practitioner.Get($"{Brent}/api/maps/{mapId}")).Headers.ETag!.ToString();
        var url = $"{Brent}/api/maps/{mapId}";

        var first = await practitioner.PutJson(url, ApiCalls.MapJson("The practitioner's words"), etag);
        var second = await manager.PutJson(url, ApiCalls.MapJson("The manager's words"), etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await ApiCalls.Problem(second, HttpStatusCode.PreconditionFailed);
        // Compared with the version the ETag names (the draft as started), so the words say what they added.
        var changes = problem.GetProperty("theirChanges").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(["Harm: added 'The practitioner's words'", "Next steps: added 'Visit the family (Social worker)'"], changes);
        Assert.StartsWith("Priya Practitioner saved this map at ", ApiCalls.Detail(problem), StringComparison.Ordinal);
        Assert.All(changes, change => Assert.Contains(change, ApiCalls.Detail(problem), StringComparison.Ordinal));
        var now = await manager.Get(url);
        Assert.Equal(first.Headers.ETag, now.Headers.ETag);
        Assert.Equal("The practitioner's words", (await ApiCalls.Json(now)).GetProperty("harmStatement").GetString());

        var retried = await manager.PutJson(url, ApiCalls.MapJson("The manager's words"), now.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task A_map_save_without_if_match_is_refused_with_428_and_changes_nothing()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Nia", "Nomatch");
        var (mapId, etag) = await client.StartMap(Brent, caseId);

        var problem = await ApiCalls.Problem(await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Unsaved words")), HttpStatusCode.PreconditionRequired);

        Assert.Contains("If-Match", ApiCalls.Detail(problem), StringComparison.Ordinal);
        var map = await client.Get($"{Brent}/api/maps/{mapId}");
        Assert.Equal(etag, map.Headers.ETag!.ToString());
        Assert.Equal("", (await ApiCalls.Json(map)).GetProperty("harmStatement").GetString());
    }
}
