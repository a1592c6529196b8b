using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Indicators;

/// <summary>Every snapshot this authority has shared with the hub, when, why and whether the broker has it; administrators can share now.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class SharedModel(SharedSnapshotQueries snapshots, IndicatorPublisher publisher, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<SharedSnapshotRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Waiting { get; private set; }

    public bool CanShare { get; private set; }

    public int Pages => Math.Max(1, (Total + SharedSnapshotQueries.PageSize - 1) / SharedSnapshotQueries.PageSize);

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        (Rows, Total) = await snapshots.HistoryAsync(PageNumber, cancellationToken);
        Waiting = await snapshots.WaitingAsync(cancellationToken);
        CanShare = (await authorization.AuthorizeAsync(User, AuthorizationPolicies.TenantAdministrator)).Succeeded;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, AuthorizationPolicies.TenantAdministrator)).Succeeded)
        {
            return Forbid();
        }

        var tenant = HttpContext.RequestServices.GetRequiredService<Tenancy.ITenantContextAccessor>().Current!;
        var written = await publisher.PublishRecentAsync(tenant, SnapshotReason.Administrator, cancellationToken);
        return this.Saved($"{written} snapshots of the latest figures are on their way to the hub", "~/indicators/shared");
    }

    public static string Why(SnapshotReason reason) => reason switch
    {
        SnapshotReason.Daily => "Daily update",
        SnapshotReason.Administrator => "Shared by an administrator",
        SnapshotReason.Operator => "Shared by an operator",
        SnapshotReason.Backfill => "Backfill of past periods",
        SnapshotReason.SecondarySuppression => "Shared again with a further value suppressed, so that a suppressed value cannot be worked out from the others",
        _ => "Demo data at first start",
    };
}
