using System.Net;
using System.Net.Http.Headers;

namespace Consortium.Web.Tests.Security;

/// <summary>An access token is good only at the userinfo endpoint of the realm whose issuer issued it.</summary>
public sealed class CrossRealmUserInfoTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private async Task<HttpResponseMessage> UserInfo(string realm, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://localhost/idp/{realm}/connect/userinfo"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await factory.Client().SendAsync(request);
    }

    [Fact]
    public async Task An_access_token_from_bristols_issuer_is_refused_at_brents_userinfo_endpoint()
    {
        var bristolToken = (await DevTokens.Obtain(factory, "bristol", "practitioner@bristol")).GetProperty("access_token").GetString()!;

        var atBristol = await UserInfo("bristol", bristolToken);
        var atBrent = await UserInfo("brent", bristolToken);

        Assert.Equal(HttpStatusCode.OK, atBristol.StatusCode);
        Assert.Contains("bristol-practitioner", await atBristol.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, atBrent.StatusCode);
        Assert.DoesNotContain("bristol-practitioner", await atBrent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
