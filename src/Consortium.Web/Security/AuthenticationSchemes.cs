namespace Consortium.Web.Security;

/// <summary>
/// Each realm has its own cookie and its own OpenID Connect scheme. <see cref="Realm"/> is the default: it
/// forwards to the cookie of the request's realm, and each cookie forwards its challenge to its provider.
/// </summary>
public static class AuthenticationSchemes
{
    public const string Realm = "realm";
    public const string TenantCookie = "tenant-cookie";
    public const string TenantOidc = "tenant-oidc";
    public const string HubCookie = "hub-cookie";
    public const string HubOidc = "hub-oidc";
}
