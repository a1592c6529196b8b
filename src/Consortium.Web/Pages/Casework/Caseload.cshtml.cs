using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>The signed-in person's open cases, a page at a time, with what is due next and what is overdue.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class CaseloadModel(CaseloadService caseloads) : PageModel
{

    public CaseloadTable Table => new(CaseloadTable.Count(Total, "open case"), Rows, false);

    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public Pagination Pages { get; private set; } = new(0, 1, _ => "");

    /// <param name="page">
    /// The page asked for, one-based as people count; anything out of range shows the nearest page. A handler parameter:
    /// bound as a property named "page" (the name of Razor Pages' own route value too) it was never read.
    /// </param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var who = CurrentStaff.From(User);
        Total = await caseloads.CountMineAsync(who, cancellationToken);
        var pages = Math.Max(1, (Total + CaseloadService.PageSize - 1) / CaseloadService.PageSize);
        var shown = Math.Clamp((page ?? 1) - 1, 0, pages - 1);
        Rows = await caseloads.MineAsync(who, shown, cancellationToken);
        Pages = new Pagination(shown, pages, p => $"?page={p}", "My cases pages");
    }
}
