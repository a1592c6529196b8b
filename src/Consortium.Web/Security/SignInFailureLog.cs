using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Web.Security;

/// <summary>
/// Says why a provider's answer was refused where the reason is configuration, not the person: an id_token for
/// another audience names the audience received and the client id expected (never the token or who it was for).
/// </summary>
internal static partial class SignInFailureLog
{
    private const string ReceivedAudienceItem = "consortium.sign-in.id-token-audience";

    /// <summary>
    /// Notes the audience of the id_token the token endpoint returned, before it is validated: the validation
    /// error itself does not carry it (it is hidden as personal data), and the failure event no longer sees the token.
    /// </summary>
    public static Task OnTokenResponseReceived(TokenResponseReceivedContext context)
    {
        if (context.TokenEndpointResponse.IdToken is { Length: > 0 } idToken)
        {
            try
            {
                context.HttpContext.Items[ReceivedAudienceItem] = string.Join(", ", new JsonWebToken(idToken).Audiences);
            }
            catch (ArgumentException)
            {
                // Not a readable JWT: validation will refuse it and say so.
            }
        }

        return Task.CompletedTask;
    }

    public static Task OnAuthenticationFailed(AuthenticationFailedContext context)
    {
        if (context.Exception is SecurityTokenInvalidAudienceException invalid)
        {
            var received = invalid.InvalidAudience ?? context.HttpContext.Items[ReceivedAudienceItem] as string;
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInFailureLog).FullName!);
            LogAudience(logger, context.Options.Authority, string.IsNullOrEmpty(received) ? "(none)" : received, context.Options.ClientId);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An id_token from {Authority} was refused: its audience is {ReceivedAudience} but this realm's client id is {ExpectedClientId}; the provider's registration and the realm's ClientId setting disagree")]
    private static partial void LogAudience(ILogger logger, string? authority, string receivedAudience, string? expectedClientId);
}
