using System.Net;
using System.Text.Json;

namespace Consortium.Web.Tests.Api;

/// <summary>The API refuses the dates the forms refuse (years before 1900 or after 2200), field by field, and saves nothing.</summary>
[Collection(SharedWebHost.Name)]
public sealed class ApiDateRangeTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private Task<HttpClient> Practitioner() => factory.SignedIn($"{Brent}/caseload", "practitioner@brent");

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_referral_with_a_date_of_birth_out_of_range_is_refused_and_nothing_saved(string date)
    {
        var client = await Practitioner();
        var json = ApiCalls.ReferralJson("Tia", "Outofrange").TrimEnd('}') + $", \"dateOfBirth\": \"{date}\" }}";

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/referrals", json), HttpStatusCode.BadRequest);

        Assert.Contains("1900", Assert.Single(ApiCalls.Errors(problem, "dateOfBirth")), StringComparison.Ordinal);
        var found = await ApiCalls.Json(await client.Get($"{Brent}/api/children?q=Outofrange"));
        Assert.Equal(0, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_case_note_dated_in_year_one_is_refused_and_nothing_saved()
    {
        var client = await Practitioner();
        var (caseId, _, _) = await client.RecordReferral(Brent, "Api", "Yearone");

        var problem = await ApiCalls.Problem(
            await client.PostJson($"{Brent}/api/cases/{caseId}/notes", JsonSerializer.Serialize(new { writtenOn = "0001-01-01", type = "Meeting", text = "Met.", significant = false })),
            HttpStatusCode.BadRequest);

        Assert.Single(ApiCalls.Errors(problem, "writtenOn"));
        Assert.Empty((await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/notes"))).GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task A_map_with_a_next_step_due_in_9999_is_refused_and_the_map_is_unchanged()
    {
        var client = await Practitioner();
        var (caseId, _, _) = await client.RecordReferral(Brent, "Api", "Farfuture");
        var (mapId, etag) = await client.StartMap(Brent, caseId);
        var json = ApiCalls.MapJson("Never saved").Replace("\"due\":null", "\"due\":\"9999-12-31\"", StringComparison.Ordinal);

        var problem = await ApiCalls.Problem(await client.PutJson($"{Brent}/api/maps/{mapId}", json, etag), HttpStatusCode.BadRequest);

        Assert.Single(ApiCalls.Errors(problem, "nextSteps[0]"));
        var map = await ApiCalls.Json(await client.Get($"{Brent}/api/maps/{mapId}"));
        Assert.NotEqual("Never saved", map.GetProperty("harmStatement").GetString());
        Assert.Empty(map.GetProperty("nextSteps").EnumerateArray());
    }

    [Fact]
    public async Task A_score_dated_in_year_one_is_refused_and_not_saved()
    {
        var client = await Practitioner();
        var (caseId, _, _) = await client.RecordReferral(Brent, "Api", "Oldscore");
        var (mapId, etag) = await client.StartMap(Brent, caseId);
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Hurt."), etag)).StatusCode);
        var json = ApiCalls.RatingJson(5).Replace($"\"ratedOn\":\"{ApiCalls.Today}\"", "\"ratedOn\":\"0001-01-01\"", StringComparison.Ordinal);

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/maps/{mapId}/ratings", json), HttpStatusCode.BadRequest);

        Assert.Single(ApiCalls.Errors(problem, "ratedOn"));
        var map = await ApiCalls.Json(await client.Get($"{Brent}/api/maps/{mapId}"));
        Assert.Empty(map.GetProperty("ratings").EnumerateArray());
    }

    [Theory]
    [InlineData("from", "0001-01-01")]
    [InlineData("to", "9999-12-31")]
    public async Task A_chronology_filter_date_out_of_range_is_refused(string field, string date)
    {
        var client = await Practitioner();
        var (caseId, _, _) = await client.RecordReferral(Brent, "Api", "Chronofilter");

        var problem = await ApiCalls.Problem(await client.Get($"{Brent}/api/cases/{caseId}/chronology?{field}={date}"), HttpStatusCode.BadRequest);

        Assert.Contains("1900", Assert.Single(ApiCalls.Errors(problem, field)), StringComparison.Ordinal);
    }
}

