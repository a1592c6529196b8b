using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Web.Tests;

/// <summary>
/// Tokens straight from a realm's issuer of the development provider: the authorization-code flow walked by hand
/// (sign-in form, code, PKCE verifier), as the app's public client of that realm.
/// </summary>
internal static class DevTokens
{
    public static async Task<JsonElement> Obtain(WebApplicationFactory<Program> factory, string realm, string user)
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
            ["ReturnUrl"] = WebUtility.HtmlDecode(Regex.Match(html, "name=\"ReturnUrl\" value=\"([^\"]*)\"").Groups[1].Value),
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
        return json.RootElement.Clone();
    }
}
