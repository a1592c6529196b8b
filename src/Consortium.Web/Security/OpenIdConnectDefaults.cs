using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Consortium.Web.Security;

/// <summary>What every realm's OpenID Connect scheme shares: code flow with PKCE, its own issuer only.</summary>
internal static class OpenIdConnectSetup
{
    public static void Apply(OpenIdConnectOptions options, ResolvedIdentityProvider provider, string cookieScheme, string cookiePrefix, CookieSecurePolicy secure)
    {
        options.SignInScheme = cookieScheme;
        options.SignOutScheme = cookieScheme;
        options.Authority = provider.Authority;
        if (provider.MetadataAddress is not null)
        {
            options.MetadataAddress = provider.MetadataAddress;
        }

        options.ClientId = provider.ClientId;
        ClientAuthentication(options, provider);
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.Scope.Clear();
        foreach (var scope in provider.Scopes)
        {
            options.Scope.Add(scope);
        }

        options.SaveTokens = true;
        options.MapInboundClaims = false;
        // Many providers give profile, email and roles or groups only at userinfo in the code flow; a provider
        // without a userinfo endpoint in its metadata is simply not asked.
        options.GetClaimsFromUserInfoEndpoint = true;
        foreach (var type in new[] { "preferred_username", "roles", "groups", "team" })
        {
            options.ClaimActions.Add(new UniqueJsonValuesClaimAction(type));
        }

        options.RequireHttpsMetadata = !new Uri(provider.Authority).IsLoopback && !provider.Authority.Contains(".localhost", StringComparison.OrdinalIgnoreCase);
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.ValidIssuers = [provider.Authority, provider.Authority + "/"];
        options.CallbackPath = "/signin-oidc";
        options.SignedOutCallbackPath = "/signout-callback-oidc";
        options.SignedOutRedirectUri = "/";
        options.CorrelationCookie.Name = $"{cookiePrefix}.correlation.";
        options.CorrelationCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        options.NonceCookie.Name = $"{cookiePrefix}.nonce.";
        options.NonceCookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = secure;
        options.NonceCookie.SecurePolicy = secure;

        options.Events.OnTokenResponseReceived = SignInFailureLog.OnTokenResponseReceived;
        options.Events.OnAuthenticationFailed = SignInFailureLog.OnAuthenticationFailed;

        // A refused or interrupted sign-in (the person cancelled, the provider said no, the link was stale)
        // ends on a page that says so, not on an error.
        options.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect($"{context.Request.PathBase}/sign-in-failed");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// The client authentication the realm's provider registered. Only client_secret_post is the handler's own; the
    /// other two act on the token request as the code is redeemed. Pushed authorization (PAR) is turned off for them:
    /// the handler would send its push with only a secret in the body (or nothing), so a provider advertising PAR would
    /// see the client unauthenticated, or by a method it did not register; authenticating the push too is not built.
    /// </summary>
    private static void ClientAuthentication(OpenIdConnectOptions options, ResolvedIdentityProvider provider)
    {
        var credentials = provider.Credentials;
        switch (credentials.Method)
        {
            case ClientAuthenticationMethod.ClientSecretPost:
                options.ClientSecret = credentials.Secret;
                break;
            case ClientAuthenticationMethod.ClientSecretBasic:
                options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                options.Events.OnAuthorizationCodeReceived = ClientSecretBasic.Redeem(provider.ClientId, credentials.Secret!);
                break;
            case ClientAuthenticationMethod.PrivateKeyJwt:
                options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                options.Events.OnAuthorizationCodeReceived = PrivateKeyJwt.Authenticate(provider.ClientId, credentials.Certificate!);
                break;
            default:
                break;
        }
    }
}
