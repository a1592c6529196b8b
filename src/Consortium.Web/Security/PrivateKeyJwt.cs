using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Consortium.Web.Security;

/// <summary>
/// private_key_jwt (RFC 7523, as Microsoft Entra accepts with a certificate): the token request carries a short-lived
/// assertion signed with the certificate's private key instead of a secret.
/// </summary>
public static class PrivateKeyJwt
{
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    internal static Func<AuthorizationCodeReceivedContext, Task> Authenticate(string clientId, X509Certificate2 certificate) => async context =>
    {
        var request = context.TokenEndpointRequest ?? throw new InvalidOperationException("The handler prepared no token request.");
        var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        request.ClientSecret = null;
        request.ClientAssertionType = AssertionType;
        request.ClientAssertion = Assertion(clientId, configuration.TokenEndpoint, certificate, context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow);
    };

    /// <summary>iss = sub = client id, aud = the token endpoint, a fresh jti, valid two minutes; RS256 with x5t and kid (the thumbprint) in the header.</summary>
    public static string Assertion(string clientId, string tokenEndpoint, X509Certificate2 certificate, DateTimeOffset now) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = tokenEndpoint,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = clientId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(2).UtcDateTime,
            SigningCredentials = new X509SigningCredentials(certificate, SecurityAlgorithms.RsaSha256),
        });
}
