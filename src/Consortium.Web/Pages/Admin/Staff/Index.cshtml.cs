using Consortium.Practice.Staff;
using Consortium.Practice.Staff.Import;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Admin.Staff;

/// <summary>The authority's staff, current or left, of one team or all, sorted; the same table downloads as CSV in the import's columns.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class IndexModel(StaffDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Team { get; set; }
    [BindProperty(SupportsGet = true)] public StaffStatus Status { get; set; } = StaffStatus.Current;
    [BindProperty(SupportsGet = true)] public StaffSort Sort { get; set; } = StaffSort.Name;

    public IReadOnlyList<StaffListRow> Staff { get; private set; } = [];
    public IReadOnlyList<Team> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Teams = await directory.TeamsAsync(cancellationToken);
        Staff = await directory.ListAsync(new StaffListFilter(Team, Status, Sort), cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await directory.ListAsync(new StaffListFilter(Team, Status, Sort), cancellationToken);
        return File(HrExport.Write(rows), "text/csv; charset=utf-8", "staff.csv");
    }
}
