using System.Net;

namespace Consortium.Web.Tests.Security;

public sealed class SignInTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    [Theory]
    [InlineData("http://brent.localhost/me", "practitioner@brent", "Priya Practitioner", "Brent", "Practitioner")]
    [InlineData("http://localhost/t/bristol/me", "manager@bristol", "Mo Manager", "Bristol, City of", "Team manager")]
    [InlineData("http://hub.localhost/me", "lead@hub", "Lee Lead", "Consortium hub", "Consortium lead")]
    [InlineData("http://hub.localhost/me", "analyst@hub", "Ana Analyst", "Consortium hub", "Department for Education analyst")]
    public async Task A_person_signs_in_through_their_realms_provider_and_sees_who_they_are(string url, string user, string name, string where, string role)
    {
        var client = await factory.SignedIn(url, user);

        var html = await client.GetStringAsync(new Uri(url));

        Assert.Equal(name, Html.TestId(html, "me-name"));
        Assert.Equal(where, Html.TestId(html, "me-where"));
        Assert.Equal(role, Html.TestIdText(html, "me-roles"));
    }

    [Fact]
    public async Task A_user_of_one_authoritys_directory_cannot_sign_in_to_another()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var response = await SignInFlow.Run(client, new Uri("http://brent.localhost/me"), "practitioner@bristol", "consortium-demo");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The user name or password is not right for brent", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, (await client.GetAsync(new Uri("http://brent.localhost/me"))).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var response = await SignInFlow.Run(client, new Uri("http://wakefield.localhost/me"), "qa@wakefield", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is a problem", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_person_with_no_role_is_told_they_do_not_have_access()
    {
        var client = await factory.SignedIn("http://norfolk.localhost/me", "noaccess@norfolk");

        var me = await client.GetStringAsync(new Uri("http://norfolk.localhost/me"));
        var admin = await client.GetAsync(new Uri("http://norfolk.localhost/admin"));
        var page = await client.GetAsync(admin.Headers.Location!.IsAbsoluteUri ? admin.Headers.Location : new Uri(new Uri("http://norfolk.localhost/"), admin.Headers.Location));

        Assert.Equal("None. Ask your administrator for access.", Html.TestIdText(me, "me-roles"));
        Assert.Equal(HttpStatusCode.Found, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal("You do not have access to this page", Html.Heading(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_the_providers()
    {
        var client = await factory.SignedIn("http://suffolk.localhost/me", "qa@suffolk");
        var me = await client.GetStringAsync(new Uri("http://suffolk.localhost/me"));
        var token = Html.FormToken(me);

        var signOut = await client.PostAsync(new Uri("http://suffolk.localhost/sign-out"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Found, signOut.StatusCode);
        Assert.StartsWith("http://localhost/idp/suffolk/connect/endsession", signOut.Headers.Location!.ToString(), StringComparison.Ordinal);
        var endSession = await client.GetAsync(signOut.Headers.Location);
        Assert.StartsWith("http://suffolk.localhost/signout-callback-oidc", endSession.Headers.Location!.ToString(), StringComparison.Ordinal);
        var callback = await client.GetAsync(endSession.Headers.Location);
        Assert.Equal("/", callback.Headers.Location!.ToString());
        var again = await client.GetAsync(new Uri("http://suffolk.localhost/me"));
        Assert.Equal(HttpStatusCode.Found, again.StatusCode);
        Assert.StartsWith("http://localhost/idp/suffolk/connect/authorize", again.Headers.Location!.ToString(), StringComparison.Ordinal);
        var provider = await client.GetAsync(again.Headers.Location);
        Assert.Contains("/idp/suffolk/login", provider.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.SignedIn("http://suffolk.localhost/me", "practitioner@suffolk");

        var response = await client.PostAsync(new Uri("http://suffolk.localhost/sign-out"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("http://suffolk.localhost/me"))).StatusCode);
    }
}
