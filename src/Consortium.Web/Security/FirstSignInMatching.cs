using Consortium.Practice.Staff;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Consortium.Web.Security;

/// <summary>
/// When an authority's provider has vouched for a person, finds their staff record: by their subject, or at their first
/// sign-in by the names their provider gives (user name, e-mail, UPN). Either way they carry on signing in.
/// </summary>
internal static class FirstSignInMatching
{
    private static readonly string[] NameClaims = ["preferred_username", "email", "upn"];

    public static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirst("sub")?.Value is not { Length: > 0 } subject)
        {
            return;
        }

        var names = NameClaims.Select(c => principal.FindFirst(c)?.Value).ToList();
        await context.HttpContext.RequestServices.GetRequiredService<StaffSignIn>().MatchAsync(subject, names, context.HttpContext.RequestAborted);
    }
}
