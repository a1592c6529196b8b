using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Forms;

/// <summary>After a save, the page to go to and what to tell the person there (the layout shows it as a success banner).</summary>
public static class SavedRedirect
{
    public static RedirectResult Saved(this PageModel page, string message, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData["Saved"] = message;
        return new RedirectResult(page.Url.Content(path));
    }
}
