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
        Assert.Contains("The case is now at single assessment, recorded by Priya Practitioner", ApiCalls.Detail(problem), StringComparison.Ordinal);
        Assert.Equal(["The case is now at single assessment, recorded by Priya Practitioner"], problem.GetProperty("theirChanges").EnumerateArray().Select(c => c.GetString()));
        var now = await manager.Get($"{Brent}/api/cases/{caseId}");
        var record = await ApiCalls.Json(now);
        Assert.Equal("Assessment", record.GetProperty("stage").GetString());
        var move = Assert.Single(record.GetProperty("history").EnumerateArray());
        Assert.Equal("Assessment", move.GetProperty("to").GetString());
        Assert.Equal(first.Headers.ETag, now.Headers.ETag);

        var retried = await manager.PostJson(url, ApiCalls.MoveJson("Closed", "RC8"), now.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
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
}
