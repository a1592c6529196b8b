using System.Net;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Api;

public sealed class ApiAccessTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private const string Brent = "http://brent.localhost";
    private const string SomeId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/children?q=Smith" },
        { "GET", $"/api/children/{SomeId}" },
        { "POST", "/api/referrals" },
        { "GET", $"/api/cases/{SomeId}" },
        { "POST", $"/api/cases/{SomeId}/stage" },
        { "GET", "/api/caseload" },
        { "GET", "/api/caseload/team" },
        { "POST", $"/api/cases/{SomeId}/plan/initial-conference/attendees" },
        { "POST", "/api/audits/themes/re-referrals" },
        { "PUT", $"/api/cases/{SomeId}/enquiry-outcomes/StrategyDiscussion" },
        { "PUT", $"/api/cases/{SomeId}/plan/initial-conference/attendees" },
        { "GET", $"/api/children/{SomeId}/census-details" },
        { "PUT", $"/api/children/{SomeId}/census-details" },
        { "PUT", $"/api/cases/{SomeId}/census-details" },
        { "GET", $"/api/cases/{SomeId}/goals" },
        { "POST", $"/api/cases/{SomeId}/goals" },
        { "POST", $"/api/cases/{SomeId}/goals/{SomeId}/ratings" },
    };

    private static Task<HttpResponseMessage> Call(HttpClient client, string method, string path) =>
        method switch
        {
            "GET" => client.Get($"{Brent}{path}"),
            "PUT" => client.PutJson($"{Brent}{path}", "{}", "\"0123456789abcdef0123456789abcdef\""),
            _ => client.PostJson($"{Brent}{path}", "{}", "\"0123456789abcdef0123456789abcdef\""),
        };

    private async Task<T> AtBrent<T>(Func<PracticeDbContext, CancellationToken, Task<T>> work)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync("brent"))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, ct) => work(sp.GetRequiredService<PracticeDbContext>(), ct));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_requests_get_a_401_problem_not_a_redirect_to_sign_in(string method, string path)
    {
        var response = await Call(factory.Client(), method, path);

        var problem = await ApiCalls.Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Sign in first", problem.GetProperty("title").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_person_with_no_role_gets_a_403_problem_from_every_endpoint(string method, string path)
    {
        var client = await factory.SignedIn($"{Brent}/me", "noaccess@brent");

        await ApiCalls.Problem(await Call(client, method, path), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("practitioner@brent", "GET", "/api/caseload/team")]
    [InlineData("qa@brent", "POST", "/api/referrals")]
    [InlineData("qa@brent", "POST", "/api/cases/{id}/stage")]
    [InlineData("admin@brent", "GET", "/api/caseload/team")]
    [InlineData("qa@brent", "POST", "/api/cases/{id}/goals")]
    [InlineData("qa@brent", "POST", "/api/cases/{id}/goals/{id}/ratings")]
    public async Task A_role_that_does_not_allow_it_gets_a_403_problem_naming_the_roles_that_do(string user, string method, string path)
    {
        var client = await factory.SignedIn($"{Brent}/me", user);

        var problem = await ApiCalls.Problem(await Call(client, method, path.Replace("{id}", SomeId, StringComparison.Ordinal)), HttpStatusCode.Forbidden);

        Assert.Contains("TeamManager", ApiCalls.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_assurance_reads_but_does_not_record()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await practitioner.RecordReferral(Brent, "Quinn", "Qualitas");
        var qa = await factory.SignedIn($"{Brent}/search", "qa@brent");

        Assert.Equal(HttpStatusCode.OK, (await qa.Get($"{Brent}/api/children/{childId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qa.Get($"{Brent}/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await qa.Get($"{Brent}/api/children?q=Qualitas")).StatusCode);
    }

    [Fact]
    public async Task A_restricted_child_is_refused_with_a_403_that_names_nothing_and_the_attempt_is_logged()
    {
        var practitioner = await factory.SignedIn($"{Brent}/caseload", "practitioner@brent");
        var (caseId, childId, _) = await practitioner.RecordReferral(Brent, "Rhiannon", "Restrictova");
        var reference = (await ApiCalls.Json(await practitioner.Get($"{Brent}/api/children/{childId}"))).GetProperty("reference").GetString()!;
        await AtBrent(async (db, ct) =>
        {
            var child = await db.Children.SingleAsync(c => c.Id == childId, ct);
            child.IsRestricted = true;
            child.PermittedStaff = ["someone-else"];
            return await db.SaveChangesAsync(ct);
        });
        var manager = await factory.SignedIn($"{Brent}/caseload", "manager@brent");

        var refused = await manager.Get($"{Brent}/api/children/{childId}");
        var problem = await ApiCalls.Problem(refused, HttpStatusCode.Forbidden);
        foreach (var secret in new[] { "Rhiannon", "Restrictova", reference, childId.ToString(), caseId.ToString() })
        {
            Assert.DoesNotContain(secret, problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }

        await ApiCalls.Problem(await manager.Get($"{Brent}/api/cases/{caseId}"), HttpStatusCode.NotFound);
        var list = await manager.Get($"{Brent}/api/children?q={reference}");
        var item = Assert.Single((await ApiCalls.Json(list)).GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("childRestricted").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("childName").ValueKind);
        var refusals = await AtBrent((db, ct) => db.AccessLog.CountAsync(a => a.ChildId == childId && a.Action == AccessAction.Refused, ct));
        Assert.Equal(2, refusals);
    }
}
