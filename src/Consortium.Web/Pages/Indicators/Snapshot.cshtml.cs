using Consortium.Contracts.Messages;
using Consortium.Metrics.Outbox;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Indicators;

/// <summary>One shared snapshot exactly as the hub received it.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class SnapshotModel(SharedSnapshotQueries snapshots) : PageModel
{
    public SharedSnapshotRow Row { get; private set; } = null!;

    public IndicatorSnapshotPublished Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await snapshots.FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Row, Message) = found;
        return Page();
    }
}
