using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>Find a child of this authority by name or by child or case reference, a page of 25 at a time.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class SearchModel(ChildSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public ChildSearchResult? Result { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<FormError> Errors => Error is null ? [] : [new("q", Error)];

    public TextField QueryField => new("q", "Name or reference", Query, Error, "For example, Sam Jones, C-1A2B3C4D or R-5E6F7A8B");

    public string PageLink(int page) => Url.Content("~/search") + QueryString.Create(new Dictionary<string, string?> { ["q"] = Query, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <param name="page">
    /// The page of results asked for, one-based. A handler parameter: bound as a property named "page" (the name of Razor
    /// Pages' own route value too) it was never read.
    /// </param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Query) || Query.Length > 100)
        {
            Error = "Enter a name or reference, up to 100 characters";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Result = await search.FindAsync(Query, CurrentStaff.From(User), Math.Clamp(page ?? 1, 1, 10_000) - 1, cancellationToken);
    }
}
