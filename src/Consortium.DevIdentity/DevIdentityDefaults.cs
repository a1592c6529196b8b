namespace Consortium.DevIdentity;

public static class DevIdentityDefaults
{
    /// <summary>The provider's own session (who is signed in to the provider), separate from the app's.</summary>
    public const string CookieScheme = "dev-identity";

    public const string RealmClaim = "consortium_dev_realm";
}
