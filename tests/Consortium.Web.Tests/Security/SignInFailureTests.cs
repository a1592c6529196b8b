using System.Net;

namespace Consortium.Web.Tests.Security;

public sealed class SignInFailureTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    [Fact]
    public async Task A_callback_with_a_stale_or_forged_state_ends_on_a_page_not_an_error()
    {
        var client = factory.Client();

        var response = await client.GetAsync(new Uri("http://brent.localhost/signin-oidc?code=forged&state=forged"));
        var page = await client.GetAsync(new Uri(new Uri("http://brent.localhost/"), response.Headers.Location!));

        Assert.Equal(System.Net.HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/sign-in-failed", response.Headers.Location!.ToString());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("Sign-in did not complete", Html.Heading(await page.Content.ReadAsStringAsync()));
        Assert.Equal(System.Net.HttpStatusCode.Found, (await client.GetAsync(new Uri("http://brent.localhost/me"))).StatusCode);
    }
}
