using System.Net;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Api;

public sealed class CaseworkApiTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";

    private async Task<IReadOnlyList<AccessLogEntry>> AccessLog(Guid childId)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("brent"))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) =>
            sp.GetRequiredService<PracticeDbContext>().AccessLog.AsNoTracking().Where(a => a.ChildId == childId).OrderBy(a => a.Id).ToListAsync(ct));
    }

    [Fact]
    public async Task A_practitioner_records_a_referral_reads_and_moves_the_case_and_finds_the_child()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");

        var created = await client.PostJson($"{Brent}/api/referrals", ApiCalls.ReferralJson("Amara", "Journeyman"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var recorded = await ApiCalls.Json(created);
        var caseId = recorded.GetProperty("caseId").GetGuid();
        Assert.Equal($"/api/cases/{caseId}", created.Headers.Location!.ToString());

        var read = await client.Get($"{Brent}{created.Headers.Location}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("no-store", read.Headers.CacheControl!.ToString());
        var record = await ApiCalls.Json(read);
        Assert.Equal("Referral", record.GetProperty("stage").GetString());
        Assert.Equal("Amara Journeyman", record.GetProperty("child").GetProperty("name").GetString());
        Assert.Equal("Single assessment completed", record.GetProperty("due")[0].GetProperty("label").GetString());
        Assert.Equal(["Assessment", "StrategyDiscussion", "Closed"], record.GetProperty("nextStages").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Schools", record.GetProperty("referralSource").GetProperty("label").GetString());
        Assert.Equal(0, record.GetProperty("history").GetArrayLength());

        var moved = await client.PostJson($"{Brent}/api/cases/{caseId}/stage", ApiCalls.MoveJson("Assessment"), read.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.NotEqual(read.Headers.ETag, moved.Headers.ETag);
        var after = await ApiCalls.Json(moved);
        Assert.Equal("Assessment", after.GetProperty("stage").GetString());
        Assert.Equal("Single assessment", after.GetProperty("stageName").GetString());
        Assert.Equal(ApiCalls.Today, after.GetProperty("dates").GetProperty("assessmentStart").GetString());
        var change = Assert.Single(after.GetProperty("history").EnumerateArray());
        Assert.Equal("Referral", change.GetProperty("from").GetString());
        Assert.Equal("Priya Practitioner", change.GetProperty("recordedBy").GetString());

        var found = await ApiCalls.Json(await client.Get($"{Brent}/api/children?q=amara%20journeyman"));
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(caseId, item.GetProperty("caseId").GetGuid());
        var childId = item.GetProperty("childId").GetGuid();

        var child = await ApiCalls.Json(await client.Get($"{Brent}/api/children/{childId}"));
        Assert.Equal("Journeyman", child.GetProperty("familyName").GetString());
        Assert.Equal("Female", child.GetProperty("sex").GetProperty("label").GetString());
        Assert.Equal("Assessment", Assert.Single(child.GetProperty("cases").EnumerateArray()).GetProperty("stage").GetString());

        var mine = await ApiCalls.Json(await client.Get($"{Brent}/api/caseload"));
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId);
        var manager = await factory.SignedIn($"{Brent}/caseload/team", "manager@brent");
        var team = await ApiCalls.Json(await manager.Get($"{Brent}/api/caseload/team"));
        Assert.Contains(team.GetProperty("items").EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == caseId && i.GetProperty("workerName").GetString() == "Priya Practitioner");
    }

    [Fact]
    public async Task Reading_a_child_or_a_case_through_the_api_is_written_to_the_access_log_as_the_pages_do()
    {
        var client = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await client.RecordReferral(Brent, "Ada", "Auditson");

        Assert.Equal(HttpStatusCode.OK, (await client.Get($"{Brent}/api/children/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"{Brent}/api/cases/{caseId}")).StatusCode);

        var log = await AccessLog(childId);
        Assert.Equal(
            [(AccessAction.Created, "child"), (AccessAction.Created, "case"), (AccessAction.Viewed, "child"), (AccessAction.Viewed, "case")],
            log.Select(a => (a.Action, a.RecordType)));
        Assert.All(log, a => Assert.Equal("Priya Practitioner", a.StaffName));
        Assert.Equal(caseId, log[^1].RecordId);
    }

    [Fact]
    public async Task The_api_answers_on_an_authoritys_base_path_too()
    {
        var client = await factory.SignedIn("http://localhost/t/brent/caseload", "practitioner@brent");

        var created = await client.PostJson("http://localhost/t/brent/api/referrals", ApiCalls.ReferralJson("Bea", "Basepath"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("/t/brent/api/cases/", created.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.Get($"http://localhost{created.Headers.Location}")).StatusCode);
    }
}
