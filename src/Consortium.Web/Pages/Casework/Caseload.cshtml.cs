using Consortium.Practice.Casework;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>The signed-in person's open cases, with what is due next and what is overdue.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class CaseloadModel(CaseloadService caseloads) : PageModel
{
    public CaseloadTable Table => new(CaseloadTable.Count((Rows).Count, "open case"), Rows, false);

    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await caseloads.MineAsync(CurrentStaff.From(User), cancellationToken: cancellationToken);
}
