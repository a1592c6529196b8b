using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.DevIdentity;

/// <summary>
/// A confidential client's one authentication method. OpenIddict accepts any method a client's credentials allow
/// (a secret in the body or in a Basic header alike), so the token endpoint refuses the others, as a provider
/// that records a client's token_endpoint_auth_method does.
/// </summary>
internal static class DevClientAuthentication
{
    public static ValueTask RequireRegisteredMethod(OpenIddictServerEvents.ValidateTokenRequestContext context)
    {
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (http is null || !http.Items.ContainsKey(DevIssuerMiddleware.RealmItem))
        {
            return default;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<DevIdentityOptions>>().Value;
        if (!options.ConfidentialClients.TryGetValue(DevIssuerMiddleware.RealmOf(http), out var client))
        {
            return default;
        }

        var used = UsedMethod(context.Request.ClientAssertionType, http.Request.Headers.Authorization.ToString(), context.Request.ClientSecret);
        if (!string.Equals(used, client.Method, StringComparison.Ordinal))
        {
            context.Reject(Errors.InvalidClient, $"This client authenticates with {client.Method}, not {used}.");
        }

        return default;
    }

    /// <summary>
    /// OpenIddict 7 takes only assertions typed "client-authentication+jwt" and addressed to the issuer (RFC 7523bis);
    /// Microsoft Entra documents and accepts "JWT" addressed to its token endpoint, which is what the app sends, so
    /// this provider accepts both forms.
    /// </summary>
    public static ValueTask AcceptEntraStyleAssertions(OpenIddictServerEvents.ValidateTokenContext context)
    {
        if (!context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.ClientAssertion))
        {
            return default;
        }

        if (context.TokenValidationParameters?.ValidTypes is { } types && !types.Contains("JWT", StringComparer.Ordinal))
        {
            context.TokenValidationParameters.ValidTypes = [.. types, "JWT"];
        }

        if (context.BaseUri is { } issuer)
        {
            context.ValidAudiences.Add(issuer.AbsoluteUri.TrimEnd('/') + "/connect/token");
        }

        return default;
    }

    /// <summary>A "JWT"-typed token read where only a client assertion is expected is that assertion, not an id_token.</summary>
    public static ValueTask TreatJwtTypedAssertionsAsAssertions(OpenIddictServerEvents.ValidateTokenContext context)
    {
        if (context.Principal is { } principal && context.ValidTokenTypes is { Count: 1 } types
            && types.Contains(TokenTypeIdentifiers.Private.ClientAssertion) && principal.GetTokenType() == TokenTypeIdentifiers.IdentityToken)
        {
            principal.SetTokenType(TokenTypeIdentifiers.Private.ClientAssertion);
        }

        return default;
    }

    private static string UsedMethod(string? assertionType, string authorization, string? secret) =>
        assertionType == ClientAssertionTypes.JwtBearer ? ClientAuthenticationMethods.PrivateKeyJwt
        : authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? ClientAuthenticationMethods.ClientSecretBasic
        : secret is not null ? ClientAuthenticationMethods.ClientSecretPost
        : ClientAuthenticationMethods.None;

    /// <summary>The key set that verifies a client's assertions: its certificate's public key, by thumbprint.</summary>
    public static JsonWebKeySet KeySetOf(string certificate)
    {
        var text = certificate.Trim();
        using var cert = text.StartsWith("-----BEGIN", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(text)
            : X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text));
        var keys = new JsonWebKeySet();
        keys.Keys.Add(JsonWebKeyConverter.ConvertFromX509SecurityKey(new X509SecurityKey(cert), representAsRsaKey: true));
        return keys;
    }
}
