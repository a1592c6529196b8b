using System.Net;
using System.Text;

namespace Consortium.Web.Tests.Api;

public sealed class ApiValidationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    private Task<HttpClient> Practitioner() => factory.SignedIn($"{Brent}/caseload", "practitioner@brent");

    private static async Task AssertNothingSavedFor(HttpClient client, string familyName)
    {
        var found = await ApiCalls.Json(await client.Get($"{Brent}/api/children?q={familyName}"));
        Assert.Equal(0, found.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_referral_with_mistakes_is_refused_with_a_message_for_each_field_and_nothing_saved()
    {
        var client = await Practitioner();
        var json = """{ "givenName": " ", "familyName": "Mistaken", "sexCode": "X", "ethnicityCode": "BAFR", "referralDate": "2099-01-01", "referralSource": "2A" }""";

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/referrals", json), HttpStatusCode.BadRequest);

        Assert.Equal(["givenName", "dateOfBirth", "sexCode", "referralDate", "primaryNeed", "reason", "referrerName", "referrerPhone"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Enter the child's first name"], ApiCalls.Errors(problem, "givenName"));
        Assert.Equal(["Enter the child's date of birth, or the expected date of birth for an unborn child"], ApiCalls.Errors(problem, "dateOfBirth"));
        Assert.Equal(["Select the child's sex"], ApiCalls.Errors(problem, "sexCode"));
        Assert.Equal(["Referral date cannot be in the future"], ApiCalls.Errors(problem, "referralDate"));
        Assert.Equal(["Select the child's primary need"], ApiCalls.Errors(problem, "primaryNeed"));
        await AssertNothingSavedFor(client, "Mistaken");
    }

    [Theory]
    [InlineData("dateOfBirth", "\"04/05/2019\"", "dateOfBirth must be a date written as yyyy-MM-dd, for example 2019-05-04")]
    [InlineData("disabled", "\"perhaps\"", "disabled must be true or false")]
    [InlineData("givenName", "42", "givenName must be text (a JSON string)")]
    public async Task A_value_of_the_wrong_type_is_a_validation_problem_for_that_field(string field, string value, string message)
    {
        var client = await Practitioner();
        var json = ApiCalls.ReferralJson("Tia", "Wrongtype").TrimEnd('}') + $", \"{field}\": {value} }}";

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/referrals", json), HttpStatusCode.BadRequest);

        Assert.Equal([message], ApiCalls.Errors(problem, field));
        await AssertNothingSavedFor(client, "Wrongtype");
    }

    [Theory]
    [InlineData("{ \"givenName\": \"Amara\", ")]
    [InlineData("givenName=Amara")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public async Task Malformed_json_is_a_bad_request_problem_not_a_failure(string json)
    {
        var client = await Practitioner();

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/referrals", json), HttpStatusCode.BadRequest);

        Assert.DoesNotContain("Exception", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_64_kb_is_refused_whether_or_not_its_length_is_declared()
    {
        var client = await Practitioner();
        var json = ApiCalls.ReferralJson("Oversize", "Bodyson").TrimEnd('}') + $", \"address\": \"{new string('x', 70_000)}\" }}";

        var declared = await client.PostJson($"{Brent}/api/referrals", json);
        var streamed = await client.PostContent($"{Brent}/api/referrals", new UnsizedContent(Encoding.UTF8.GetBytes(json)));

        Assert.Contains("64 KB", ApiCalls.Detail(await ApiCalls.Problem(declared, HttpStatusCode.RequestEntityTooLarge)), StringComparison.Ordinal);
        await ApiCalls.Problem(streamed, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingSavedFor(client, "Bodyson");
    }

    [Fact]
    public async Task A_change_without_the_anti_forgery_header_or_not_in_json_is_refused()
    {
        var client = await Practitioner();

        var withoutHeader = await client.PostJson($"{Brent}/api/referrals", ApiCalls.ReferralJson("Cara", "Forgery"), antiforgery: false);
        var asForm = await client.PostContent($"{Brent}/api/referrals", new FormUrlEncodedContent(new Dictionary<string, string> { ["givenName"] = "Cara", ["familyName"] = "Forgery" }));

        Assert.Contains("X-Requested-With: consortium", ApiCalls.Detail(await ApiCalls.Problem(withoutHeader, HttpStatusCode.BadRequest)), StringComparison.Ordinal);
        await ApiCalls.Problem(asForm, HttpStatusCode.UnsupportedMediaType);
        await AssertNothingSavedFor(client, "Forgery");
    }

    [Fact]
    public async Task A_stage_move_with_mistakes_says_what_is_wrong_with_each_field()
    {
        var client = await Practitioner();
        var (caseId, _, etag) = await client.RecordReferral(Brent, "Stella", "Stagewise");
        var url = $"{Brent}/api/cases/{caseId}/stage";

        var notAllowed = await ApiCalls.Problem(await client.PostJson(url, ApiCalls.MoveJson("ChildProtectionPlan"), etag), HttpStatusCode.BadRequest);
        var missing = await ApiCalls.Problem(await client.PostJson(url, "{}", etag), HttpStatusCode.BadRequest);
        var unknown = await ApiCalls.Problem(await client.PostJson(url, ApiCalls.MoveJson("Nowhere"), etag), HttpStatusCode.BadRequest);
        var number = await ApiCalls.Problem(await client.PostJson(url, """{ "to": 1, "effectiveOn": "2026-01-01" }""", etag), HttpStatusCode.BadRequest);
        var noReason = await ApiCalls.Problem(await client.PostJson(url, ApiCalls.MoveJson("Closed"), etag), HttpStatusCode.BadRequest);

        Assert.Equal(["A case at referral cannot move to child protection plan. It can move to: single assessment, strategy discussion, closed"], ApiCalls.Errors(notAllowed, "to"));
        Assert.Equal(["Select the stage the case is moving to"], ApiCalls.Errors(missing, "to"));
        Assert.Equal(["Enter the date it happened"], ApiCalls.Errors(missing, "effectiveOn"));
        Assert.StartsWith("to must be one of: Referral, Assessment,", ApiCalls.Errors(unknown, "to")[0], StringComparison.Ordinal);
        Assert.StartsWith("to must be one of:", ApiCalls.Errors(number, "to")[0], StringComparison.Ordinal);
        Assert.Equal(["Select the reason the case is closing"], ApiCalls.Errors(noReason, "closureReason"));
        var record = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}"));
        Assert.Equal("Referral", record.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Bad_queries_and_unknown_addresses_are_problems()
    {
        var client = await Practitioner();

        Assert.Equal(["Enter a name or reference, up to 100 characters"], ApiCalls.Errors(await ApiCalls.Problem(await client.Get($"{Brent}/api/children?q=%20"), HttpStatusCode.BadRequest), "q"));
        Assert.Equal(["page must be a whole number from 0 to 10000"], ApiCalls.Errors(await ApiCalls.Problem(await client.Get($"{Brent}/api/caseload?page=-1"), HttpStatusCode.BadRequest), "page"));
        await ApiCalls.Problem(await client.Get($"{Brent}/api/children/not-an-id"), HttpStatusCode.NotFound);
        await ApiCalls.Problem(await client.Get($"{Brent}/api/nothing-here"), HttpStatusCode.NotFound);
        await ApiCalls.Problem(await client.DeleteAsync(new Uri($"{Brent}/api/referrals")), HttpStatusCode.MethodNotAllowed);
    }

    /// <summary>A JSON body sent without a Content-Length, as a streaming client sends it.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task A_rating_of_11_is_a_validation_problem_for_score_and_nothing_is_saved()
    {
        var client = await Practitioner();
        var (caseId, _, _) = await client.RecordReferral(Brent, "Rae", "Rated");
        var (mapId, etag) = await client.StartMap(Brent, caseId);
        Assert.Equal(HttpStatusCode.OK, (await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Rae was hurt."), etag)).StatusCode);

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/maps/{mapId}/ratings", ApiCalls.RatingJson(11)), HttpStatusCode.BadRequest);

        Assert.Equal(["score"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Enter a score from 0 to 10"], ApiCalls.Errors(problem, "score"));
        var map = await ApiCalls.Json(await client.Get($"{Brent}/api/maps/{mapId}"));
        Assert.Equal(0, map.GetProperty("ratings").GetArrayLength());
    }

    [Fact]
    public async Task A_plan_without_rules_is_a_validation_problem_for_rules_and_nothing_is_saved()
    {
        var client = await Practitioner();
        var (caseId, _, _) = await client.RecordReferral(Brent, "Pip", "Ruleless");

        var problem = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", ApiCalls.PlanJson(0)), HttpStatusCode.BadRequest);

        Assert.Equal(["rules"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Write at least one rule of the plan"], ApiCalls.Errors(problem, "rules"));
        var safety = await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}/safety"));
        Assert.Equal(0, safety.GetProperty("currentRevision").GetInt32());
        Assert.Equal(0, safety.GetProperty("revisions").GetArrayLength());
    }

    [Fact]
    public async Task A_plan_without_its_based_on_revision_and_a_map_with_a_statement_but_no_goal_name_the_json_fields()
    {
        var client = await Practitioner();
        var (caseId, _, _) = await client.RecordReferral(Brent, "Quin", "Keyed");
        var (mapId, etag) = await client.StartMap(Brent, caseId);

        var plan = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/safety/plan", """{ "status": "Draft" }"""), HttpStatusCode.BadRequest);
        var map = await ApiCalls.Problem(await client.PutJson($"{Brent}/api/maps/{mapId}", ApiCalls.MapJson("Harm", (null, "A danger statement", "")), etag), HttpStatusCode.BadRequest);
        var rating = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/maps/{mapId}/ratings", """{ "score": "high" }"""), HttpStatusCode.BadRequest);

        Assert.Equal(["basedOnRevision"], plan.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["pairs[0]"], map.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["score"], rating.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(etag, (await client.Get($"{Brent}/api/maps/{mapId}")).Headers.ETag!.ToString());
    }
}
