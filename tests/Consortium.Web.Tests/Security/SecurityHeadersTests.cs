namespace Consortium.Web.Tests.Security;

public sealed class SecurityHeadersTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    [Theory]
    [InlineData("http://localhost/")]
    [InlineData("http://brent.localhost/")]
    [InlineData("http://hub.localhost/")]
    [InlineData("http://localhost/idp/brent/login")]
    [InlineData("http://nowhere.localhost/")]
    public async Task Every_page_sends_the_security_headers(string url)
    {
        var response = await factory.Client().GetAsync(new Uri(url));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is for deployments, not a developer's http://localhost");
    }
}
