using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Web.Tests.Security;

/// <summary>
/// An id token issued by another authority's issuer is refused, even when it is genuinely signed by the same
/// provider software and carries the right audience.
/// </summary>
public sealed class IssuerValidationTests(ConsortiumWebFactory factory) : IClassFixture<ConsortiumWebFactory>
{
    private async Task<string> IdTokenFrom(string realm, string user)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var redirect = $"http://{realm}.localhost/signin-oidc";
        var authorize = new Uri($"http://localhost/idp/{realm}/connect/authorize?client_id=consortium-{realm}&redirect_uri={Uri.EscapeDataString(redirect)}" +
            $"&response_type=code&scope=openid%20profile&code_challenge={challenge}&code_challenge_method=S256&state=s&nonce=n");

        var login = await client.GetAsync(authorize);
        var form = await client.GetAsync(new Uri(authorize, login.Headers.Location!));
        var html = await form.Content.ReadAsStringAsync();
        var afterLogin = await client.PostAsync(form.RequestMessage!.RequestUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = "consortium-demo",
            ["ReturnUrl"] = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"ReturnUrl\" value=\"([^\"]*)\"").Groups[1].Value),
            ["__RequestVerificationToken"] = Html.FormToken(html),
        }));
        var withCode = await client.GetAsync(new Uri(authorize, afterLogin.Headers.Location!));
        var code = System.Web.HttpUtility.ParseQueryString(withCode.Headers.Location!.Query)["code"];

        var token = await client.PostAsync(new Uri($"http://localhost/idp/{realm}/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code!,
            ["redirect_uri"] = redirect,
            ["client_id"] = $"consortium-{realm}",
            ["code_verifier"] = verifier,
        }));
        token.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id_token").GetString()!;
    }

    private async Task<TokenValidationResult> ValidateAt(string slug, string idToken, string audience)
    {
        var tenant = (await factory.Services.GetRequiredService<ITenantDirectory>().FindByIdentifierAsync(slug))!;
        return await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, async (sp, ct) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantOidc);
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(ct);
            var parameters = options.TokenValidationParameters.Clone();
            parameters.IssuerSigningKeys = configuration.SigningKeys;
            parameters.ValidAudience = audience;
            return await new JsonWebTokenHandler().ValidateTokenAsync(idToken, parameters);
        });
    }

    [Fact]
    public async Task A_token_from_another_authoritys_issuer_is_refused()
    {
        var bristolToken = await IdTokenFrom("bristol", "practitioner@bristol");

        var atBristol = await ValidateAt("bristol", bristolToken, "consortium-bristol");
        var atBrent = await ValidateAt("brent", bristolToken, "consortium-bristol");

        Assert.True(atBristol.IsValid, atBristol.Exception?.Message);
        Assert.False(atBrent.IsValid);
        Assert.IsType<SecurityTokenInvalidIssuerException>(atBrent.Exception);
    }

    [Fact]
    public async Task Each_authority_trusts_only_its_own_issuer()
    {
        var directory = factory.Services.GetRequiredService<ITenantDirectory>();
        foreach (var slug in new[] { "brent", "wakefield" })
        {
            var tenant = (await directory.FindByIdentifierAsync(slug))!;
            var issuers = await factory.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(tenant, (sp, _) =>
                Task.FromResult(sp.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(Consortium.Web.Security.AuthenticationSchemes.TenantOidc).TokenValidationParameters.ValidIssuers.ToList()));

            Assert.Equal([$"http://localhost/idp/{slug}", $"http://localhost/idp/{slug}/"], issuers);
        }
    }
}
