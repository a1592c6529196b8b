using Consortium.Tenancy.Resolution;
using Consortium.Tenancy.Stores;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;

namespace Consortium.DevIdentity;

/// <summary>
/// /idp/{realm}/... is the issuer of one realm: an authority's slug or "hub". The prefix moves into PathBase,
/// so OpenIddict derives a distinct issuer per realm from the request, and the rest of the pipeline sees the
/// identity realm. An unknown realm is 404.
/// </summary>
internal sealed class DevIssuerMiddleware(RequestDelegate next)
{
    public const string RealmItem = "consortium.dev-identity.realm";
    private static readonly PathString Prefix = "/idp";

    public async Task InvokeAsync(HttpContext context, ITenantDirectory directory, DevClientRegistrar clients, IOpenIddictApplicationManager applications)
    {
        if (!context.Request.Path.StartsWithSegments(Prefix, out var rest) || !rest.HasValue)
        {
            await next(context);
            return;
        }

        var realm = rest.Value!.Split('/', 3)[1];
        if (realm != DevDirectory.HubRealm && await directory.FindByIdentifierAsync(realm, context.RequestAborted) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await clients.EnsureAsync(realm, applications, context.RequestAborted);
        var originalBase = context.Request.PathBase;
        var originalPath = context.Request.Path;
        context.Request.PathBase = originalBase.Add(Prefix).Add("/" + realm);
        context.Request.Path = rest.Value.Length > realm.Length + 1 ? new PathString(rest.Value[(realm.Length + 1)..]) : new PathString("/");
        context.Items[RealmItem] = realm;
        Realms.Set(context, Realms.Identity);
        if (context.Request.Path.StartsWithSegments("/connect/userinfo") && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            // A refused userinfo request is a protocol answer (401 with WWW-Authenticate), not a page to replace.
            pages.Enabled = false;
        }
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.PathBase = originalBase;
            context.Request.Path = originalPath;
        }
    }

    public static string RealmOf(HttpContext context) =>
        context.Items[RealmItem] as string ?? throw new InvalidOperationException("Not a development identity provider request.");
}
