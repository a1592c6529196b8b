using System.Net;
using System.Text.Json;

namespace Consortium.Web.Tests.Api;

/// <summary>The audit API at one authority (West Sussex; no other test draws its sample), with problem details for bad input and another authority kept out.</summary>
[Collection(SharedWebHost.Name)]
public sealed class AuditApiTests(ConsortiumWebFactory factory)
{
    private const string Sussex = "http://west-sussex.localhost";

    [Fact]
    public async Task Quality_assurance_draws_completes_acts_closes_and_moderates_by_api_and_another_authority_reaches_none_of_it()
    {
        var quinn = await DirectoryStaff.AddAsync(factory.Services, "west-sussex", "qa@west-sussex", "Quinn", "Assurance", "QualityAssurance", null);
        await DirectoryStaff.AddAsync(factory.Services, "west-sussex", "manager@west-sussex", "Mo", "Manager", "TeamManager", "Assessment team 1");
        var practitioner = await factory.SignedIn($"{Sussex}/caseload", "practitioner@west-sussex");
        var (caseId, _, _) = await practitioner.RecordReferral(Sussex, "Ada", "Api");
        var qa = await factory.SignedIn($"{Sussex}/quality", "qa@west-sussex");
        var manager = await factory.SignedIn($"{Sussex}/quality", "manager@west-sussex");
        var bristol = await factory.SignedIn("http://bristol.localhost/quality", "qa@bristol");

        var badSeed = await qa.PostJson($"{Sussex}/api/audits/samples", JsonSerializer.Serialize(new { seed = 0 }));
        var byManager = await manager.PostJson($"{Sussex}/api/audits/samples", JsonSerializer.Serialize(new { seed = 5 }));
        var drawn = await qa.PostJson($"{Sussex}/api/audits/samples", JsonSerializer.Serialize(new { seed = 5 }));
        var again = await qa.PostJson($"{Sussex}/api/audits/samples", JsonSerializer.Serialize(new { seed = 5 }));

        Assert.Contains("The seed must be", ApiCalls.Errors(await ApiCalls.Problem(badSeed, HttpStatusCode.BadRequest), "seed")[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal(5, (await ApiCalls.Json(drawn)).GetProperty("seed").GetInt32());
        await ApiCalls.Problem(again, HttpStatusCode.Conflict);

        var mine = await ApiCalls.Json(await qa.Get($"{Sussex}/api/audits/mine"));
        var audit = mine.EnumerateArray().First(a => a.GetProperty("caseId").GetGuid() == caseId);
        var id = audit.GetProperty("id").GetGuid();
        var version = audit.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await bristol.Get($"http://bristol.localhost/api/audits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bristol.PostJson($"http://bristol.localhost/api/audits/{id}/completion", JsonSerializer.Serialize(new { version, answers = new { } }))).StatusCode);
        Assert.DoesNotContain(id.ToString(), await (await bristol.Get("http://bristol.localhost/api/audits")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bad = await qa.PostJson($"{Sussex}/api/audits/{id}/completion", JsonSerializer.Serialize(new { version, answers = new Dictionary<string, string> { ["danger-statement"] = "perhaps" }, grade = 9 }));
        var badProblem = await ApiCalls.Problem(bad, HttpStatusCode.BadRequest);
        Assert.NotEmpty(ApiCalls.Errors(badProblem, "grade"));
        var done = await qa.PostJson($"{Sussex}/api/audits/{id}/completion", JsonSerializer.Serialize(new { version, answers = new Dictionary<string, string> { ["danger-statement"] = "yes", ["plan-quality"] = "8" }, grade = 4, concern = "Baby not seen for five weeks" }));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var detail = await ApiCalls.Json(await qa.Get($"{Sussex}/api/audits/{id}"));
        // danger-statement yes (3 of 3) and plan-quality 8 (2.4 of 3): 90% over the questions answered.
        Assert.Equal((90.0m, "Mo Manager"), (detail.GetProperty("score").GetDecimal(), detail.GetProperty("concernTold").GetString()));

        var framework = await ApiCalls.Json(await qa.Get($"{Sussex}/api/audit-framework"));
        Assert.Equal(7, framework.GetProperty("framework").GetProperty("domains").GetArrayLength());
        var action = await qa.PostJson($"{Sussex}/api/audits/{id}/actions", JsonSerializer.Serialize(new { text = "See the baby this week", ownerId = quinn.Id, dueOn = ApiCalls.Today }));
        var actionId = (await ApiCalls.Json(action)).GetProperty("id").GetGuid();
        var version2 = (await ApiCalls.Json(await qa.Get($"{Sussex}/api/audits/{id}"))).GetProperty("audit").GetProperty("version").GetInt32();
        await ApiCalls.Problem(await qa.PostJson($"{Sussex}/api/audits/{id}/closure", JsonSerializer.Serialize(new { version = version2 })), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await qa.PostJson($"{Sussex}/api/audits/{id}/actions/{actionId}/settlement", JsonSerializer.Serialize(new { evidence = "Seen on Monday, safe" }))).StatusCode);
        await ApiCalls.Problem(await qa.PostJson($"{Sussex}/api/audits/{id}/moderation", JsonSerializer.Serialize(new { version = version2, grade = 3 })), HttpStatusCode.Conflict);
        var noReason = await manager.PostJson($"{Sussex}/api/audits/{id}/moderation", JsonSerializer.Serialize(new { version = version2, grade = 3 }));
        Assert.NotEmpty(ApiCalls.Errors(await ApiCalls.Problem(noReason, HttpStatusCode.BadRequest), "reason"));
        Assert.Equal(HttpStatusCode.OK, (await manager.PostJson($"{Sussex}/api/audits/{id}/moderation", JsonSerializer.Serialize(new { version = version2, grade = 3, reason = "Seen promptly once raised" }))).StatusCode);
        var closed = await qa.PostJson($"{Sussex}/api/audits/{id}/closure", JsonSerializer.Serialize(new { version = version2 + 1 }));
        Assert.Equal("Closed", (await ApiCalls.Json(closed)).GetProperty("status").GetString());

        var dashboard = await ApiCalls.Json(await manager.Get($"{Sussex}/api/quality/dashboard"));
        Assert.Equal(1, dashboard.GetProperty("byMonth").EnumerateArray().Last().GetProperty("byGrade")[2].GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.Get($"{Sussex}/api/quality/dashboard")).StatusCode);
    }
}
