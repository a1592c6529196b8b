using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Hub.Ingestion;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Hub;

/// <summary>The snapshots the hub would not take because a suppressed figure could have been worked out with them.</summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class QuarantineModel(Quarantine quarantine) : PageModel
{
    public IReadOnlyList<QuarantinedSnapshot> Snapshots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Snapshots = await quarantine.ListAsync(cancellationToken);

    public async Task<FileContentResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = new CsvTable(["new_la_code", "la_name", "period", "computed_at", "received_at", "would_disclose"]);
        foreach (var snapshot in await quarantine.ListAsync(cancellationToken))
        {
            csv.Row([snapshot.AuthorityCode, snapshot.AuthorityName, snapshot.Period.Key,
                snapshot.ComputedAt.ToString("O", CultureInfo.InvariantCulture), snapshot.ReceivedAt.ToString("O", CultureInfo.InvariantCulture), snapshot.WouldDisclose]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "quarantined_snapshots.csv");
    }
}
