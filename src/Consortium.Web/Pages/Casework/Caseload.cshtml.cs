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
    /// <summary>The page asked for, one-based as people count; anything unreadable or out of range shows the nearest page.</summary>
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNumber { get; set; }

    public CaseloadTable Table => new(CaseloadTable.Count(Total, "open case"), Rows, false);

    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public Pagination Pages { get; private set; } = new(0, 1, _ => "");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var who = CurrentStaff.From(User);
        Total = await caseloads.CountMineAsync(who, cancellationToken);
        var pages = Math.Max(1, (Total + CaseloadService.PageSize - 1) / CaseloadService.PageSize);
        var page = Math.Clamp((PageNumber ?? 1) - 1, 0, pages - 1);
        Rows = await caseloads.MineAsync(who, page, cancellationToken);
        Pages = new Pagination(page, pages, p => $"?page={p}", "My cases pages");
    }
}
