using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Security;

public sealed class AuthorizationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    /// <summary>Routes that anyone may open: start pages, not-found, health, sign-in machinery.</summary>
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal)
    {
        "", "/", "Index", "not-found", "error", "no-access", "sign-in-failed", "health/live", "health/ready", "/health/live", "/health/ready",
        "login", "/connect/authorize", "/connect/endsession", "/connect/userinfo", "/openapi/{documentName}.json",
    };

    [Fact]
    public void Every_endpoint_names_an_authorization_policy_or_is_deliberately_public()
    {
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var unprotected = endpoints
            .Where(e => !e.Metadata.OfType<IAuthorizeData>().Any())
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(route => !Public.Contains(route))
            .ToList();
        var anonymousButNotListed = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(route => !Public.Contains(route))
            .ToList();

        Assert.True(unprotected.Count == 0, $"Endpoints without an authorization policy: {string.Join(", ", unprotected)}");
        Assert.True(anonymousButNotListed.Count == 0, $"Endpoints open to anyone that this test does not list: {string.Join(", ", anonymousButNotListed)}");
    }

    public static TheoryData<string, string, HttpStatusCode> RoleMatrix => new()
    {
        { "practitioner@brent", "/me", HttpStatusCode.OK },
        { "manager@brent", "/me", HttpStatusCode.OK },
        { "qa@brent", "/me", HttpStatusCode.OK },
        { "admin@brent", "/me", HttpStatusCode.OK },
        { "noaccess@brent", "/me", HttpStatusCode.OK },
        { "admin@brent", "/admin", HttpStatusCode.OK },
        { "admin@brent", "/admin/policy", HttpStatusCode.OK },
        { "admin@brent", "/admin/roles", HttpStatusCode.OK },
        { "practitioner@brent", "/admin", HttpStatusCode.Forbidden },
        { "manager@brent", "/admin/policy", HttpStatusCode.Forbidden },
        { "qa@brent", "/admin/roles", HttpStatusCode.Forbidden },
        { "noaccess@brent", "/admin", HttpStatusCode.Forbidden },
        { "practitioner@brent", "/caseload", HttpStatusCode.OK },
        { "manager@brent", "/caseload/team", HttpStatusCode.OK },
        { "practitioner@brent", "/caseload/team", HttpStatusCode.Forbidden },
        { "practitioner@brent", "/referrals/new", HttpStatusCode.OK },
        { "qa@brent", "/referrals/new", HttpStatusCode.Forbidden },
        { "qa@brent", "/search", HttpStatusCode.OK },
        { "noaccess@brent", "/caseload", HttpStatusCode.Forbidden },
        { "noaccess@brent", "/search", HttpStatusCode.Forbidden },
        { "qa@brent", "/indicators", HttpStatusCode.OK },
        { "manager@brent", "/indicators/shared", HttpStatusCode.OK },
        { "noaccess@brent", "/indicators", HttpStatusCode.Forbidden },
        { "noaccess@brent", "/indicators/shared", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task Each_role_reaches_what_it_should_and_is_refused_what_it_should_not(string user, string path, HttpStatusCode expected)
    {
        var client = await factory.SignedIn("http://brent.localhost/me", user);

        var response = await client.GetAsync(new Uri($"http://brent.localhost{path}"));
        if (response.StatusCode == HttpStatusCode.Found && response.Headers.Location!.ToString().Contains("no-access", StringComparison.Ordinal))
        {
            response = await client.GetAsync(new Uri(new Uri("http://brent.localhost/"), response.Headers.Location));
        }

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("http://brent.localhost/admin")]
    [InlineData("http://localhost/t/brent/admin/policy")]
    [InlineData("http://hub.localhost/me")]
    [InlineData("http://brent.localhost/me")]
    public async Task An_anonymous_request_for_a_protected_page_goes_to_its_realms_provider(string url)
    {
        var response = await factory.Client().GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var realm = url.Contains("hub.", StringComparison.Ordinal) ? "hub" : "brent";
        Assert.StartsWith($"http://localhost/idp/{realm}/connect/authorize?client_id=consortium-{realm}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://hub.localhost/admin")]
    [InlineData("http://localhost/admin")]
    [InlineData("http://localhost/me")]
    public async Task Authority_pages_do_not_exist_at_the_hub_or_the_platform(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Client().GetAsync(new Uri(url))).StatusCode);

    [Fact]
    public async Task Hub_roles_open_the_hub_but_staff_roles_are_meaningless_there()
    {
        var lead = await factory.SignedIn("http://hub.localhost/me", "lead@hub");

        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(new Uri("http://hub.localhost/me"))).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await lead.GetAsync(new Uri("http://brent.localhost/me"))).StatusCode);
    }
}
