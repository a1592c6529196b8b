using System.Security.Claims;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.DevIdentity;

/// <summary>The provider's authorization and end-session endpoints (OpenIddict passes them through to these).</summary>
internal static class DevIdentityEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var idp = endpoints.MapGroup("").InRealms(Realms.Identity).AllowAnonymous();
        idp.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)Authorize);
        idp.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSession);
        idp.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfo);
    }

    private static async Task<IResult> Authorize(HttpContext http, IOptions<DevIdentityOptions> options)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var realm = DevIssuerMiddleware.RealmOf(http);
        if (!string.Equals(request.ClientId, DevIdentityOptions.ClientIdFor(realm), StringComparison.Ordinal))
        {
            return Refuse(Errors.InvalidClient, "This client is not registered with this issuer.");
        }

        var session = await http.AuthenticateAsync(DevIdentityDefaults.CookieScheme);
        var user = session.Succeeded && session.Principal.FindFirstValue(DevIdentityDefaults.RealmClaim) == realm
            ? DevDirectory.Find(realm, session.Principal.Identity?.Name)
            : null;
        if (user is null || request.HasPromptValue(PromptValues.Login))
        {
            var returnUrl = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return Results.Redirect($"{http.Request.PathBase}/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject)
            .SetClaim(Claims.Name, user.Name)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaims("roles", [.. user.Roles]);
        if (user.Team is not null)
        {
            identity.SetClaim("team", user.Team);
        }

        identity.SetScopes(request.GetScopes());
        var userInfoOnly = options.Value.ClaimsInUserInfoOnly;
        identity.SetDestinations(claim => userInfoOnly && claim.Type != Claims.Subject
            ? [Destinations.AccessToken]
            : [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// OpenIddict accepts a post-logout URI registered to any client when the request names none, and every realm's
    /// client lives in one store; so the URI must also belong to this realm's own client.
    /// </summary>
    private static async Task<IResult> EndSession(HttpContext http, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var realm = DevIssuerMiddleware.RealmOf(http);
        if (request.ClientId is { } named && !string.Equals(named, DevIdentityOptions.ClientIdFor(realm), StringComparison.Ordinal))
        {
            return Results.Text("This client is not registered with this issuer.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.PostLogoutRedirectUri is { } returnTo)
        {
            var own = await applications.FindByClientIdAsync(DevIdentityOptions.ClientIdFor(realm), cancellationToken);
            if (own is null || !await applications.ValidatePostLogoutRedirectUriAsync(own, returnTo, cancellationToken))
            {
                return Results.Text("This sign-out address does not belong to this issuer's authority.", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        await http.SignOutAsync(DevIdentityDefaults.CookieScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>The signed-in person's claims, read from the access token this provider issued.</summary>
    private static async Task<IResult> UserInfo(HttpContext http)
    {
        var token = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (token.Principal is not { } principal)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = principal.GetClaim(Claims.Subject) ?? "" };
        foreach (var type in new[] { Claims.Name, Claims.Email, Claims.PreferredUsername, "team" })
        {
            if (principal.GetClaim(type) is { } value)
            {
                claims[type] = value;
            }
        }

        claims["roles"] = principal.GetClaims("roles").ToArray();
        return Results.Ok(claims);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
