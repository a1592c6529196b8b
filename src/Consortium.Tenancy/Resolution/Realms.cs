using Microsoft.AspNetCore.Http;

namespace Consortium.Tenancy.Resolution;

/// <summary>
/// Which part of the product a request is for. An authority's host or path is the tenant realm; the hub's
/// host is the hub realm; the root host is the platform realm; the development identity provider is its own.
/// Each realm has its own pages and its own sign-in, and an endpoint answers only in the realms it names.
/// </summary>
public static class Realms
{
    public const string Tenant = "tenant";
    public const string Hub = "hub";
    public const string Platform = "platform";
    public const string Identity = "identity";

    /// <summary>Used in <see cref="RealmAttribute"/>: the endpoint answers in every realm (health, not-found).</summary>
    public const string Any = "*";

    /// <summary>The realm of the request; platform when nothing set one.</summary>
    public static string Of(HttpContext context) =>
        context?.Features.Get<IRequestRealmFeature>()?.Realm ?? Platform;

    public static void Set(HttpContext context, string realm)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Set<IRequestRealmFeature>(new RequestRealmFeature(realm));
    }

    private sealed record RequestRealmFeature(string Realm) : IRequestRealmFeature;
}
