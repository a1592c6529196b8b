using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Consortium.Web.Tests.Security;

/// <summary>A session issued for one realm is worthless in any other, even when its cookie is copied and renamed.</summary>
public sealed class SessionIsolationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private async Task<IReadOnlyList<Cookie>> SessionCookiesOf(string startUrl, string user, string cookiePrefix)
    {
        var jar = new CookieContainer();
        var client = factory.CreateDefaultClient(new CookieContainerHandler(jar));
        var page = await SignInFlow.Run(client, new Uri(startUrl), user, "consortium-demo");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var cookies = jar.GetAllCookies().Where(c => c.Name.StartsWith(cookiePrefix, StringComparison.Ordinal) && !c.Name.Contains(".correlation.", StringComparison.Ordinal) && !c.Name.Contains(".nonce.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cookies);
        return cookies;
    }

    private async Task<HttpResponseMessage> Replay(string url, IReadOnlyList<Cookie> cookies, string fromPrefix, string toPrefix)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{toPrefix}{c.Name[fromPrefix.Length..]}={c.Value}")));
        return await factory.Client().SendAsync(request);
    }

    [Fact]
    public async Task A_cookie_issued_at_one_authority_does_not_authenticate_at_another_or_at_the_hub()
    {
        var brent = await SessionCookiesOf("http://brent.localhost/me", "admin@brent", ".consortium.brent");

        var atBrent = await Replay("http://brent.localhost/me", brent, ".consortium.brent", ".consortium.brent");
        var atBristolRenamed = await Replay("http://bristol.localhost/me", brent, ".consortium.brent", ".consortium.bristol");
        var atBristolAsIs = await Replay("http://bristol.localhost/me", brent, ".consortium.brent", ".consortium.brent");
        var atBristolPath = await Replay("http://localhost/t/bristol/me", brent, ".consortium.brent", ".consortium.bristol");
        var atHub = await Replay("http://hub.localhost/me", brent, ".consortium.brent", ".consortium.hub");

        Assert.Equal(HttpStatusCode.OK, atBrent.StatusCode);
        foreach (var refused in new[] { atBristolRenamed, atBristolAsIs, atBristolPath, atHub })
        {
            Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
            Assert.Contains("/connect/authorize", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("/idp/brent/", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_hub_cookie_does_not_authenticate_at_an_authority()
    {
        var hub = await SessionCookiesOf("http://hub.localhost/me", "lead@hub", ".consortium.hub");

        Assert.Equal(HttpStatusCode.OK, (await Replay("http://hub.localhost/me", hub, ".consortium.hub", ".consortium.hub")).StatusCode);
        var atBrent = await Replay("http://brent.localhost/me", hub, ".consortium.hub", ".consortium.brent");
        Assert.Equal(HttpStatusCode.Found, atBrent.StatusCode);
        Assert.StartsWith("http://localhost/idp/brent/connect/authorize", atBrent.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_cookies_are_http_only_and_same_site_lax()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var challenge = await client.GetAsync(new Uri("http://wokingham.localhost/me"));

        var setCookies = challenge.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(setCookies);
        Assert.All(setCookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", c, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith(".consortium.wokingham.", c, StringComparison.Ordinal);
        });
    }
}
