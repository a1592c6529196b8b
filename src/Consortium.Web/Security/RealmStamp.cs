using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Consortium.Web.Security;

/// <summary>
/// A session records the realm (authority id, or "hub") it was issued for; a session presented anywhere else
/// is rejected and its cookie removed, even if it was copied under another cookie name.
/// </summary>
public static class RealmStamp
{
    public const string Key = "consortium.realm";
    public const string Hub = "hub";

    public static CookieAuthenticationEvents Events(string stamp) => new()
    {
        OnSigningIn = context =>
        {
            context.Properties.Items[Key] = stamp;
            return Task.CompletedTask;
        },
        OnValidatePrincipal = async context =>
        {
            if (!context.Properties.Items.TryGetValue(Key, out var issuedFor) || issuedFor != stamp)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
            }
        },
    };
}
