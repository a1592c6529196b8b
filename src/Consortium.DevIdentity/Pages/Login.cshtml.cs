using System.Security.Claims;
using Consortium.Tenancy.Resolution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Consortium.DevIdentity.Pages;

/// <summary>The development provider's sign-in page: a user of this realm's directory, and the shared password.</summary>
[Realm(Realms.Identity)]
[AllowAnonymous]
public sealed class LoginModel(IOptions<DevIdentityOptions> options) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Realm { get; private set; } = "";

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public void OnGet() => Realm = DevIssuerMiddleware.RealmOf(HttpContext);

    public async Task<IActionResult> OnPostAsync()
    {
        Realm = DevIssuerMiddleware.RealmOf(HttpContext);
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(UserName))
        {
            errors.Add((nameof(UserName), "Enter your user name"));
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors.Add((nameof(Password), "Enter your password"));
        }

        var user = DevDirectory.Find(Realm, UserName);
        if (errors.Count == 0 && (user is null || Password != options.Value.Password))
        {
            errors.Add((nameof(UserName), $"The user name or password is not right for {DisplayRealm}"));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Password = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user!.UserName), new Claim(DevIdentityDefaults.RealmClaim, Realm)], DevIdentityDefaults.CookieScheme);
        await HttpContext.SignInAsync(DevIdentityDefaults.CookieScheme, new ClaimsPrincipal(identity));
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : LocalRedirect("~/");
    }

    public string DisplayRealm => Realm == DevDirectory.HubRealm ? "the consortium hub" : Realm;
}
