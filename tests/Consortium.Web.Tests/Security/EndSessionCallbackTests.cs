using System.Net;

namespace Consortium.Web.Tests.Security;

/// <summary>The development provider's end-session returns only to the callbacks of the authority whose issuer it is.</summary>
public sealed class EndSessionCallbackTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private async Task<Uri> EndSessionOf(string realm)
    {
        var client = await factory.SignedIn($"http://{realm}.localhost/me", $"qa@{realm}");
        var token = Html.FormToken(await client.GetStringAsync(new Uri($"http://{realm}.localhost/me")));
        var signOut = await client.PostAsync(new Uri($"http://{realm}.localhost/sign-out"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        return signOut.Headers.Location!;
    }

    [Theory]
    [InlineData("http://bristol.localhost/signout-callback-oidc")]
    [InlineData("http://localhost/t/bristol/signout-callback-oidc")]
    public async Task Brents_end_session_refuses_to_return_to_another_authoritys_callback(string bristolCallback)
    {
        _ = await EndSessionOf("bristol");
        var brent = await EndSessionOf("brent");
        var redirected = brent.ToString().Replace(
            Uri.EscapeDataString("http://brent.localhost/signout-callback-oidc"), Uri.EscapeDataString(bristolCallback), StringComparison.Ordinal);
        Assert.NotEqual(brent.ToString(), redirected);

        var response = await factory.Client().GetAsync(new Uri(redirected));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("http://bristol.localhost/signout-callback-oidc")]
    [InlineData("http://localhost/t/bristol/signout-callback-oidc")]
    public async Task Without_a_token_hint_brents_end_session_still_refuses_another_authoritys_callback(string bristolCallback)
    {
        _ = await EndSessionOf("bristol");

        var response = await factory.Client().GetAsync(new Uri($"http://localhost/idp/brent/connect/endsession?post_logout_redirect_uri={Uri.EscapeDataString(bristolCallback)}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Brents_end_session_still_returns_to_brents_own_callback()
    {
        var brent = await EndSessionOf("brent");

        var response = await factory.Client().GetAsync(brent);

        Assert.StartsWith("http://brent.localhost/signout-callback-oidc", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
