using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Retention;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Admin;

/// <summary>Records kept past what the authority's retention rules require: the list an administrator reviews for deletion.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class RetentionModel(RetentionReview review, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RetentionReviewRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (Rows, Total) = await review.DueAsync(Today, CurrentStaff.From(User), cancellationToken);

    public async Task<FileContentResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var (rows, _) = await review.DueAsync(Today, CurrentStaff.From(User), cancellationToken);
        var csv = new CsvTable(["child_reference", "name", "keep_until", "rule"]);
        foreach (var row in rows)
        {
            csv.Row([row.Reference, row.Name ?? "Restricted record", row.KeepUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Reason]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "records_due_for_retention_review.csv");
    }
}
