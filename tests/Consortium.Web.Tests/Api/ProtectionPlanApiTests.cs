using System.Net;
using System.Text.Json;

namespace Consortium.Web.Tests.Api;

public sealed class ProtectionPlanApiTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";
    private const string Bristol = "http://bristol.localhost";

    /// <summary>Someone in Brent's staff directory whom every meeting here names as attending (the API requires at least one).</summary>
    private static Guid _attendee;

    private async Task<Guid> Attendee()
    {
        if (_attendee == Guid.Empty)
        {
            _attendee = (await DirectoryStaff.AddAsync(factory.Services, "brent", $"attendee.{Guid.NewGuid():N}@brent.example", "Ada", "Attendee")).Id;
        }

        return _attendee;
    }

    private static string ReviewJson(string heldOn, string outcome, string? then = null, string? closureReason = null) =>
        JsonSerializer.Serialize(new { heldOn, outcome, then, closureReason, staffAttendees = new[] { _attendee } });

    private static string CoreGroupJson(string heldOn) => JsonSerializer.Serialize(new { heldOn, staffAttendees = new[] { _attendee } });

    [Fact]
    public async Task Meetings_are_recorded_with_the_cases_etag_a_stale_one_is_refused_and_a_review_can_end_the_plan()
    {
        await Attendee();
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var (caseId, _, _) = await practitioner.RecordReferral(Brent, "Petra", "Planned");
        var etag = await practitioner.OntoAPlan(Brent, caseId);
        var plan = await practitioner.Get($"{Brent}/api/cases/{caseId}/plan");
        Assert.Equal(etag, plan.Headers.ETag!.ToString());
        Assert.Equal(["First core group", "First review conference", "Next visit to the child"], (await ApiCalls.Json(plan)).GetProperty("due").EnumerateArray().Select(d => d.GetProperty("label").GetString()));

        var coreGroup = await practitioner.PostJson($"{Brent}/api/cases/{caseId}/plan/core-groups", CoreGroupJson(ApiCalls.Today), etag);
        var stale = await manager.PostJson($"{Brent}/api/cases/{caseId}/plan/reviews", ReviewJson(ApiCalls.Today, "EndPlan", "ChildInNeedPlan"), etag);

        Assert.Equal(HttpStatusCode.Created, coreGroup.StatusCode);
        Assert.EndsWith($"/api/cases/{caseId}/plan", coreGroup.Headers.Location!.ToString(), StringComparison.Ordinal);
        var problem = await ApiCalls.Problem(stale, HttpStatusCode.PreconditionFailed);
        var coreGroups = Assert.Single(problem.GetProperty("changes").EnumerateArray());
        Assert.Equal("coreGroups", coreGroups.GetProperty("field").GetString());
        Assert.Equal("", coreGroups.GetProperty("before").GetString());
        Assert.Equal(DateOnly.ParseExact(ApiCalls.Today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), coreGroups.GetProperty("after").GetString());
        Assert.Contains("Core group meetings: added", ApiCalls.Detail(problem), StringComparison.Ordinal);
        var ended = await manager.PostJson($"{Brent}/api/cases/{caseId}/plan/reviews", ReviewJson(ApiCalls.Today, "EndPlan", "ChildInNeedPlan"), coreGroup.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.Created, ended.StatusCode);
        var body = await ApiCalls.Json(ended);
        Assert.False(body.GetProperty("open").GetBoolean());
        Assert.Equal("EndPlan", Assert.Single(body.GetProperty("reviews").EnumerateArray()).GetProperty("outcome").GetString());
        Assert.Single(body.GetProperty("coreGroups").EnumerateArray());
        var record = await practitioner.Get($"{Brent}/api/cases/{caseId}");
        Assert.Equal(ended.Headers.ETag, record.Headers.ETag);
        var detail = await ApiCalls.Json(record);
        Assert.Equal("ChildInNeedPlan", detail.GetProperty("stage").GetString());
        Assert.Equal(ApiCalls.Today, detail.GetProperty("dates").GetProperty("protectionPlanEnd").GetString());
    }

    [Fact]
    public async Task Bad_meetings_are_problems_keyed_by_field_and_nothing_is_saved()
    {
        await Attendee();
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, referralETag) = await client.RecordReferral(Brent, "Vera", "Validated");
        var reviews = $"{Brent}/api/cases/{caseId}/plan/reviews";

        var noPlan = await ApiCalls.Problem(await client.PostJson(reviews, ReviewJson(ApiCalls.Today, "ContinuePlan"), referralETag), HttpStatusCode.Conflict);
        var etag = await client.OntoAPlan(Brent, caseId);
        var missing = await ApiCalls.Problem(await client.PostJson(reviews, "{}", etag), HttpStatusCode.BadRequest);
        var future = await ApiCalls.Problem(await client.PostJson(reviews, ReviewJson(DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "ContinuePlan"), etag), HttpStatusCode.BadRequest);
        var before = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/plan/core-groups", CoreGroupJson("2020-01-01"), etag), HttpStatusCode.BadRequest);
        var endingNowhere = await ApiCalls.Problem(await client.PostJson(reviews, ReviewJson(ApiCalls.Today, "EndPlan", "Assessment"), etag), HttpStatusCode.BadRequest);
        var badOutcome = await ApiCalls.Problem(await client.PostJson(reviews, ReviewJson(ApiCalls.Today, "Maybe"), etag), HttpStatusCode.BadRequest);
        var noIfMatch = await ApiCalls.Problem(await client.PostJson(reviews, ReviewJson(ApiCalls.Today, "ContinuePlan")), HttpStatusCode.PreconditionRequired);
        var nobodyAtReview = await ApiCalls.Problem(await client.PostJson(reviews, JsonSerializer.Serialize(new { heldOn = ApiCalls.Today, outcome = "ContinuePlan" }), etag), HttpStatusCode.BadRequest);
        var nobodyAtCoreGroup = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/plan/core-groups", JsonSerializer.Serialize(new { heldOn = ApiCalls.Today, otherAttendees = new[] { new { name = "Pat Health", agency = "Health visiting" } } }), etag), HttpStatusCode.BadRequest);

        Assert.Contains("no open child protection plan", noPlan.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Enter the date the review conference was held"], ApiCalls.Errors(missing, "heldOn"));
        Assert.Single(ApiCalls.Errors(missing, "outcome"));
        Assert.Equal(["The date cannot be in the future"], ApiCalls.Errors(future, "heldOn"));
        Assert.StartsWith("The date must be on or after", ApiCalls.Errors(before, "heldOn")[0], StringComparison.Ordinal);
        Assert.Equal(["Select what follows the plan: a child in need plan, or closing the case"], ApiCalls.Errors(endingNowhere, "then"));
        Assert.StartsWith("outcome must be one of: ContinuePlan, EndPlan", ApiCalls.Errors(badOutcome, "outcome")[0], StringComparison.Ordinal);
        Assert.Contains("If-Match", ApiCalls.Detail(noIfMatch), StringComparison.Ordinal);
        Assert.Equal(["Choose at least one member of staff who attended"], ApiCalls.Errors(nobodyAtReview, "staffAttendees"));
        Assert.Equal(["Choose at least one member of staff who attended"], ApiCalls.Errors(nobodyAtCoreGroup, "staffAttendees"));
        var plan = await client.Get($"{Brent}/api/cases/{caseId}/plan");
        Assert.Equal(etag, plan.Headers.ETag!.ToString());
        Assert.Empty((await ApiCalls.Json(plan)).GetProperty("reviews").EnumerateArray());
        Assert.Empty((await ApiCalls.Json(plan)).GetProperty("coreGroups").EnumerateArray());
    }

    private static readonly string AuthoriseJson = JsonSerializer.Serialize(new { effectiveOn = ApiCalls.Today });

    [Fact]
    public async Task A_closed_case_takes_no_sibling_and_says_so_as_a_conflict()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, etag) = await client.RecordReferral(Brent, "Closed", "Siblingson");
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var closed = await manager.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Closed", closureReason: "RC8"), etag);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var sibling = JsonSerializer.Serialize(new { givenName = "Late", familyName = "Siblingson", dateOfBirth = "2018-07-01", sexCode = "1", ethnicityCode = "BAFR" });

        var refused = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/siblings", sibling, closed.Headers.ETag!.ToString()), HttpStatusCode.Conflict);

        Assert.Contains("closed case cannot take another child", ApiCalls.Detail(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Siblings_join_the_referral_show_on_the_case_and_move_together_after_the_assessment_is_authorised_with_factors()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, etag) = await client.RecordReferral(Brent, "Sade", "Siblingson");
        var sibling = JsonSerializer.Serialize(new { givenName = "Tunde", familyName = "Siblingson", dateOfBirth = "2018-07-01", sexCode = "1", ethnicityCode = "BAFR", disabilityCodes = new[] { "AUT" } });

        var noIfMatch = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/siblings", sibling), HttpStatusCode.PreconditionRequired);
        var added = await client.PostJson($"{Brent}/api/cases/{caseId}/siblings", sibling, etag);
        var stale = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/siblings", sibling, etag), HttpStatusCode.PreconditionFailed);

        Assert.Contains("If-Match", ApiCalls.Detail(noIfMatch), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var joined = Assert.Single(stale.GetProperty("changes").EnumerateArray());
        Assert.Equal(("siblingGroupId", "", "Referred with siblings"), (joined.GetProperty("field").GetString(), joined.GetProperty("before").GetString(), joined.GetProperty("after").GetString()));
        var siblingCase = (await ApiCalls.Json(added)).GetProperty("caseId").GetGuid();
        var read = await client.Get($"{Brent}/api/cases/{caseId}");
        var detail = await ApiCalls.Json(read);
        Assert.Equal(caseId, detail.GetProperty("siblingGroupId").GetGuid());
        Assert.Equal("Tunde Siblingson", Assert.Single(detail.GetProperty("siblings").EnumerateArray()).GetProperty("childName").GetString());
        var tunde = await ApiCalls.Json(await client.Get($"{Brent}/api/children/{(await ApiCalls.Json(added)).GetProperty("childId").GetGuid()}"));
        Assert.Equal("AUT", Assert.Single(tunde.GetProperty("disabilities").EnumerateArray()).GetProperty("code").GetString());

        var moved = await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Assessment", includeSiblings: true), read.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var noFactors = await ApiCalls.Problem(await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("ChildInNeedPlan", includeSiblings: true), moved.Headers.ETag!.ToString()), HttpStatusCode.BadRequest);
        Assert.Contains(ApiCalls.Errors(noFactors, "assessmentFactors"), e => e.StartsWith("Select the factors", StringComparison.Ordinal));
        var asked = await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("ChildInNeedPlan", assessmentFactors: ["3B", "4B"], includeSiblings: true), moved.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var request = (await ApiCalls.Json(asked)).GetProperty("id").GetGuid();
        Assert.Equal("Assessment", (await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{caseId}"))).GetProperty("stage").GetString());
        var byPractitioner = await client.PostJson($"{Brent}/api/authorisations/{request}/authorise", AuthoriseJson, asked.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byPractitioner.StatusCode);
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var authorisation = await manager.PostJson($"{Brent}/api/authorisations/{request}/authorise", AuthoriseJson, asked.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, authorisation.StatusCode);
        Assert.Equal(("Authorised", "Mo Manager"), ((await ApiCalls.Json(authorisation)).GetProperty("decision").GetString(), (await ApiCalls.Json(authorisation)).GetProperty("decidedBy").GetString()));
        var authorised = await client.Get($"{Brent}/api/cases/{caseId}");
        var both = new[] { await ApiCalls.Json(authorised), await ApiCalls.Json(await client.Get($"{Brent}/api/cases/{siblingCase}")) };
        Assert.All(both, c =>
        {
            Assert.Equal("ChildInNeedPlan", c.GetProperty("stage").GetString());
            Assert.Equal(["3B", "4B"], c.GetProperty("assessmentFactors").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        });
    }

    [Fact]
    public async Task Another_authoritys_staff_given_brents_ids_get_not_found_from_the_plan_and_sibling_endpoints_and_learn_nothing()
    {
        await Attendee();
        var brent = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, _, _) = await brent.RecordReferral(Brent, "Hidde", "Isoplan");
        var etag = await brent.OntoAPlan(Brent, caseId);
        etag = (await brent.PostJson($"{Brent}/api/cases/{caseId}/plan/core-groups", CoreGroupJson(ApiCalls.Today), etag)).Headers.ETag!.ToString();
        var bristol = await factory.SignedIn($"{Bristol}/caseload", "manager@bristol");

        var answers = new[]
        {
            await bristol.Get($"{Bristol}/api/cases/{caseId}/plan"),
            await bristol.PostJson($"{Bristol}/api/cases/{caseId}/plan/reviews", ReviewJson(ApiCalls.Today, "EndPlan", "Closed", "RC7"), etag),
            await bristol.PostJson($"{Bristol}/api/cases/{caseId}/plan/core-groups", CoreGroupJson(ApiCalls.Today), etag),
            await bristol.PostJson($"{Bristol}/api/cases/{caseId}/siblings", JsonSerializer.Serialize(new { givenName = "Intruder" }), etag),
        };
        foreach (var answer in answers)
        {
            var text = (await ApiCalls.Problem(answer, HttpStatusCode.NotFound)).GetRawText();
            Assert.DoesNotContain("Isoplan", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Priya", text, StringComparison.Ordinal);
            Assert.Null(answer.Headers.ETag);
        }

        var plan = await brent.Get($"{Brent}/api/cases/{caseId}/plan");
        Assert.Equal(etag, plan.Headers.ETag!.ToString());
        Assert.True((await ApiCalls.Json(plan)).GetProperty("open").GetBoolean());
        Assert.Empty((await ApiCalls.Json(await brent.Get($"{Brent}/api/cases/{caseId}"))).GetProperty("siblings").EnumerateArray());
    }
}
