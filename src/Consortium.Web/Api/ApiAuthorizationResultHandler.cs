using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Consortium.Web.Api;

/// <summary>
/// An API endpoint refuses with a problem instead of a redirect: 401 when nobody is signed in (the session
/// cookie is missing, expired or from another realm), 403 when the person's roles do not allow it. Pages keep
/// the default: a challenge goes to the realm's provider and a refusal to the no-access page.
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _pages = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded || !CaseworkApiEndpoint.Is(context.GetEndpoint()))
        {
            return _pages.HandleAsync(next, context, policy, authorizeResult);
        }

        context.Response.Headers.CacheControl = "no-store";
        if (authorizeResult.Forbidden)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "You do not have access",
                detail: $"Your roles at this authority do not allow this.{NeededRoles(authorizeResult)}").ExecuteAsync(context);
        }

        context.Response.Headers.WWWAuthenticate = "Cookie";
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign in first",
            detail: "The API uses this authority's sign-in session. Sign in at this authority in a browser, then call the API from the same site.").ExecuteAsync(context);
    }

    private static string NeededRoles(PolicyAuthorizationResult result)
    {
        var roles = result.AuthorizationFailure?.FailedRequirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToList() ?? [];
        return roles.Count == 0 ? "" : $" It needs one of these roles: {string.Join(", ", roles)}.";
    }
}
