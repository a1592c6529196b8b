using Microsoft.AspNetCore.Hosting;

namespace Consortium.Web.Tests.Security;

/// <summary>A provider that keeps name, email and roles off the id_token and gives them at its userinfo endpoint (standard for the code flow).</summary>
public sealed class UserInfoClaimsTests(UserInfoClaimsTests.UserInfoOnlyFactory factory) : IClassFixture<UserInfoClaimsTests.UserInfoOnlyFactory>
{
    public sealed class UserInfoOnlyFactory : ConsortiumWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DevIdentity:ClaimsInUserInfoOnly", "true");
        }
    }

    [Fact]
    public async Task The_person_is_signed_in_with_their_name_and_roles_from_the_userinfo_endpoint()
    {
        var client = await factory.SignedIn("http://wakefield.localhost/me", "manager@wakefield");

        var me = await client.GetStringAsync(new Uri("http://wakefield.localhost/me"));

        Assert.Equal("Mo Manager", Html.TestIdText(me, "me-name"));
        Assert.Contains("Team manager", Html.TestIdText(me, "me-roles") ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("http://wakefield.localhost/caseload/team"))).StatusCode);
    }

    [Fact]
    public async Task The_userinfo_endpoint_answers_nothing_without_an_access_token()
    {
        var response = await factory.Client().GetAsync(new Uri("http://localhost/idp/wakefield/connect/userinfo"));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Mo Manager", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
