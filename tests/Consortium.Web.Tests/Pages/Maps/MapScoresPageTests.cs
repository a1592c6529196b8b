using System.Globalization;
using System.Net;
using Consortium.Web.Tests.Api;

namespace Consortium.Web.Tests.Pages.Maps;

[Collection(SharedWebHost.Name)]
public sealed class MapScoresPageTests(ConsortiumWebFactory factory)
{
    private const string Brent = "http://brent.localhost";

    private static async Task<Guid> SavedVersion(HttpClient client, Guid caseId, string harm)
    {
        var (mapId, etag) = await client.StartMap(Brent, caseId);
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson(harm), etag)).StatusCode);
        return mapId;
    }

    [Fact]
    public async Task A_new_version_offers_the_last_scorers_and_the_page_shows_how_each_persons_score_moved_as_a_chart_a_table_and_a_csv()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Sasha", "Scored");
        var first = await SavedVersion(client, caseId, "Sasha was hurt.");
        Assert.Equal(HttpStatusCode.Created, (await client.PostJson($"{Brent}/api/maps/{first}/ratings", System.Text.Json.JsonSerializer.Serialize(new { personName = "Dee Scored", personRole = "Mother", agency = (string?)null, score = 3, why = "Worried", ratedOn = ApiCalls.Today }))).StatusCode);
        var second = await SavedVersion(client, caseId, "Sasha was hurt; things are better.");

        var page = await client.GetStringAsync(new Uri($"{Brent}/maps/{second}"));
        Assert.Contains("<option value=\"0\">Dee Scored (Mother)</option>", page, StringComparison.Ordinal);
        var today = DateTime.UtcNow;
        var scored = await client.PostAsync(new Uri($"{Brent}/maps/{second}"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["PairId"] = "overall",
            ["Scorer"] = "0",
            ["Score"] = "7",
            ["Why"] = "The network is in place",
            ["RatedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["RatedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["RatedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.Found, scored.StatusCode);
        var after = await client.GetStringAsync(new Uri($"{Brent}/maps/{second}"));
        Assert.Contains("data-testid=\"line-chart\"", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"score-history\"", after, StringComparison.Ordinal);
        var csv = await client.GetStringAsync(new Uri($"{Brent}/maps/{second}?handler=ScoresCsv"));
        Assert.Contains("Dee Scored,Mother,3,7", csv, StringComparison.Ordinal);
        Assert.Contains("Mean,,3.0,7.0", csv, StringComparison.Ordinal);

        var bristol = await factory.SignedIn("http://bristol.localhost/caseload", "practitioner@bristol");
        var elsewhere = await bristol.GetAsync(new Uri($"http://bristol.localhost/maps/{second}?handler=ScoresCsv"));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.DoesNotContain("Dee Scored", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_score_for_a_pair_not_on_the_map_is_refused_not_saved_as_the_overall_score()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await client.RecordReferral(Brent, "Pia", "Unpaired");
        var mapId = await SavedVersion(client, caseId, "Pia was hurt.");
        var page = await client.GetStringAsync(new Uri($"{Brent}/maps/{mapId}"));
        var today = DateTime.UtcNow;

        var scored = await client.PostAsync(new Uri($"{Brent}/maps/{mapId}"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.FormToken(page),
            ["PairId"] = "not-a-pair",
            ["PersonName"] = "Dee Unpaired",
            ["PersonRole"] = "Mother",
            ["Score"] = "4",
            ["Why"] = "Worried",
            ["RatedOn.Day"] = today.Day.ToString(CultureInfo.InvariantCulture),
            ["RatedOn.Month"] = today.Month.ToString(CultureInfo.InvariantCulture),
            ["RatedOn.Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, scored.StatusCode);
        Assert.Contains("Choose a statement from this map, or the map overall", await scored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var map = await ApiCalls.Json(await client.Get($"{Brent}/api/maps/{mapId}"));
        Assert.Empty(map.GetProperty("ratings").EnumerateArray());
    }
}
