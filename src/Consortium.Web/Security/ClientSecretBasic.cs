using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Consortium.Web.Security;

/// <summary>
/// client_secret_basic: ASP.NET Core's handler can only put the secret in the token request's body, so the code is
/// redeemed here, with the client id and secret in an HTTP Basic header and neither in the body.
/// </summary>
public static class ClientSecretBasic
{
    internal static Func<AuthorizationCodeReceivedContext, Task> Redeem(string clientId, string secret) => async context =>
    {
        var request = context.TokenEndpointRequest ?? throw new InvalidOperationException("The handler prepared no token request.");
        request.ClientId = null;
        request.ClientSecret = null;
        var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);

        using var message = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint);
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Credentials(clientId, secret));
        message.Content = new FormUrlEncodedContent(request.Parameters);
        using var response = await context.Backchannel.SendAsync(message, context.HttpContext.RequestAborted);
        var body = await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted);
        var answer = response.Content.Headers.ContentType?.MediaType == "application/json" ? new OpenIdConnectMessage(body) : new OpenIdConnectMessage();
        if (!response.IsSuccessStatusCode || !string.IsNullOrEmpty(answer.Error))
        {
            // The provider's own error code and description; they never carry the secret.
            throw new OpenIdConnectProtocolException(
                $"The token endpoint refused the code ({(int)response.StatusCode}): {answer.Error ?? "no error code"} {answer.ErrorDescription}".TrimEnd());
        }

        context.HandleCodeRedemption(answer);
    };

    /// <summary>RFC 6749 §2.3.1: client id and secret each form-url-encoded, joined by a colon, then base64.</summary>
    public static string Credentials(string clientId, string secret) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FormEncode(clientId)}:{FormEncode(secret)}"));

    private static string FormEncode(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
