using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Web.Tests.Security;

/// <summary>Behind a TLS-terminating proxy: its forwarded headers count only when it is a proxy configuration trusts.</summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedFactory factory) : IClassFixture<ForwardedHeadersTests.ProxiedFactory>
{
    private const string TrustedProxy = "10.40.0.7";
    private const string TrustedNetworkMember = "10.41.3.9";
    private const string Stranger = "203.0.113.50";

    public sealed class ProxiedFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", TrustedProxy);
            builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "10.41.0.0/16");
            builder.ConfigureTestServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ConnectionAddress>());
        }
    }

    [Theory]
    [InlineData(TrustedProxy)]
    [InlineData(TrustedNetworkMember)]
    public async Task Behind_a_trusted_proxy_the_sign_in_returns_to_https_with_secure_cookies(string proxy)
    {
        var challenge = await SendAsync("http://brent.localhost/me", proxy);

        Assert.Equal(HttpStatusCode.Found, challenge.StatusCode);
        Assert.Contains("redirect_uri=https%3A%2F%2Fbrent.localhost%2Fsignin-oidc", challenge.Headers.Location!.Query, StringComparison.Ordinal);
        var cookies = challenge.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_a_forms_antiforgery_cookie_is_secure()
    {
        var login = await SendAsync("http://localhost/idp/brent/login?ReturnUrl=%2Fidp%2Fbrent%2Fconnect%2Fauthorize", TrustedProxy);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_same_headers_from_anyone_else_are_ignored()
    {
        var challenge = await SendAsync("http://brent.localhost/me", Stranger);

        Assert.Equal(HttpStatusCode.Found, challenge.StatusCode);
        Assert.Contains("redirect_uri=http%3A%2F%2Fbrent.localhost%2Fsignin-oidc", challenge.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.All(challenge.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_proxy_cannot_choose_the_host_an_authority_is_resolved_from()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://brent.localhost/me"));
        request.Headers.Add(ConnectionAddress.Header, TrustedProxy);
        request.Headers.Add("X-Forwarded-Host", "bristol.localhost");

        var challenge = await factory.Client().SendAsync(request);

        Assert.Contains("redirect_uri=http%3A%2F%2Fbrent.localhost%2Fsignin-oidc", challenge.Headers.Location!.Query, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string from)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url));
        request.Headers.Add(ConnectionAddress.Header, from);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.23");
        return await factory.Client().SendAsync(request);
    }
}
