using Consortium.Tenancy.Resolution;
using Consortium.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages;

/// <summary>
/// What the exception handler shows for a page that failed (any method, any realm): status 500 and the correlation
/// id, never the exception. Opened directly, with no failure behind it, it does not exist.
/// </summary>
[Realm(Realms.Any)]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string CorrelationId { get; private set; } = "";

    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    private IActionResult Show()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }

        CorrelationId = ServerError.CorrelationId(HttpContext);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
