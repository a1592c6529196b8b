using System.Net;
using System.Text.Json;

namespace Consortium.Web.Tests.Api;

public sealed class OpenApiDocumentTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    [Theory]
    [InlineData("http://brent.localhost/openapi/v1.json")]
    [InlineData("http://localhost/t/bristol/openapi/v1.json")]
    [InlineData("http://localhost/openapi/v1.json")]
    public async Task The_openapi_document_is_open_to_anyone_at_an_authority_and_on_the_platform_and_lists_the_api(string url)
    {
        var response = await factory.Client().GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths");
        Assert.Equal(
            [
                "/api/audit-framework", "/api/audits", "/api/audits/mine", "/api/audits/samples", "/api/audits/themes/re-referrals", "/api/audits/{id}", "/api/audits/{id}/actions",
                "/api/audits/{id}/actions/{actionId}/settlement", "/api/audits/{id}/closure", "/api/audits/{id}/completion", "/api/audits/{id}/moderation",
                "/api/authorisations/{id}/authorise", "/api/authorisations/{id}/decline",
                "/api/caseload", "/api/caseload/team", "/api/cases/{id}", "/api/cases/{id}/authorisations", "/api/cases/{id}/census-details", "/api/cases/{id}/chronology", "/api/cases/{id}/enquiry-outcomes", "/api/cases/{id}/enquiry-outcomes/{step}", "/api/cases/{id}/goals", "/api/cases/{id}/goals/{goalId}/ratings", "/api/cases/{id}/maps", "/api/cases/{id}/notes", "/api/cases/{id}/plan", "/api/cases/{id}/plan/core-groups", "/api/cases/{id}/plan/initial-conference/attendees",
                "/api/cases/{id}/plan/reviews", "/api/cases/{id}/safety", "/api/cases/{id}/safety/network",
                "/api/cases/{id}/safety/plan", "/api/cases/{id}/siblings", "/api/cases/{id}/stage", "/api/children", "/api/children/{id}", "/api/children/{id}/census-details", "/api/children/{id}/referrals", "/api/direct-work/{id}/documents/{blob}",
                "/api/maps/{id}", "/api/maps/{id}/ratings", "/api/quality/dashboard", "/api/referrals",
            ],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var operations = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Value.GetProperty("operationId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(o.Value.GetProperty("summary").GetString()));
            Assert.True(o.Value.GetProperty("responses").TryGetProperty("401", out var unauthorized));
            Assert.True(unauthorized.GetProperty("content").TryGetProperty("application/problem+json", out _));
        });
        var move = paths.GetProperty("/api/cases/{id}/stage").GetProperty("post");
        Assert.Equal(["id", "X-Requested-With", "If-Match"], move.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(move.GetProperty("responses").TryGetProperty("412", out _));
        Assert.True(move.GetProperty("responses").TryGetProperty("428", out _));
        var save = paths.GetProperty("/api/maps/{id}").GetProperty("put");
        Assert.Equal(["id", "X-Requested-With", "If-Match"], save.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(save.GetProperty("responses").TryGetProperty("412", out _));
        Assert.True(save.GetProperty("responses").TryGetProperty("428", out _));
        foreach (var path in new[] { "/api/cases/{id}/plan/reviews", "/api/cases/{id}/plan/core-groups", "/api/cases/{id}/plan/initial-conference/attendees", "/api/cases/{id}/siblings" })
        {
            var change = paths.GetProperty(path).GetProperty("post");
            Assert.Equal(["id", "X-Requested-With", "If-Match"], change.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
            Assert.All(new[] { "201", "400", "404", "412", "428" }, status => Assert.True(change.GetProperty("responses").TryGetProperty(status, out _), $"{path} {status}"));
        }

        var correctAttendees = paths.GetProperty("/api/cases/{id}/plan/initial-conference/attendees").GetProperty("put");
        Assert.Equal(["id", "X-Requested-With", "If-Match"], correctAttendees.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var correct = paths.GetProperty("/api/cases/{id}/enquiry-outcomes/{step}").GetProperty("put");
        Assert.Equal(["id", "step", "X-Requested-With", "If-Match"], correct.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.All(new[] { "200", "400", "404", "409", "412", "428" }, status => Assert.True(correct.GetProperty("responses").TryGetProperty(status, out _), status));
        Assert.True(paths.GetProperty("/api/cases/{id}/plan/reviews").GetProperty("post").GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(paths.GetProperty("/api/cases/{id}/safety/plan").GetProperty("post").GetProperty("responses").TryGetProperty("412", out _));
        Assert.Equal(
            ["Referral", "Assessment", "StrategyDiscussion", "Section47Enquiry", "InitialConference", "ChildProtectionPlan", "ChildInNeedPlan", "Closed"],
            root.GetProperty("components").GetProperty("schemas").GetProperty("CaseStage").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_openapi_document_is_not_served_at_the_hub() =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Client().GetAsync(new Uri("http://hub.localhost/openapi/v1.json"))).StatusCode);
}
