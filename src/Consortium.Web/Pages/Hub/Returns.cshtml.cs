using Consortium.Contracts;
using Consortium.Hub.Returns;
using Consortium.Tenancy.Resolution;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Hub;

/// <summary>A reporting year's return in the Department's open data format: the data file and its metadata file.</summary>
[Realm(Realms.Hub)]
[Authorize(Policy = AuthorizationPolicies.HubUser)]
public sealed class ReturnsModel(DepartmentReturn returns) : FormPageModel
{
    [FromQuery(Name = HubQuery.PeriodField)]
    public string? YearInput { get; set; }

    public IReadOnlyList<ReportingPeriod> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Years = await returns.YearsWithDataAsync(cancellationToken);

    public Task<IActionResult> OnGetDataAsync(CancellationToken cancellationToken) =>
        Download(files => File(files.Data.ToBytes(), "text/csv; charset=utf-8", files.DataFileName), cancellationToken);

    public Task<IActionResult> OnGetMetadataAsync(CancellationToken cancellationToken) =>
        Download(files => File(files.Metadata.ToBytes(), "text/csv; charset=utf-8", files.MetadataFileName), cancellationToken);

    private async Task<IActionResult> Download(Func<ReturnFiles, IActionResult> file, CancellationToken cancellationToken)
    {
        Years = await returns.YearsWithDataAsync(cancellationToken);
        var year = HubQuery.Period(YearInput, Errors);
        if (Errors.Count == 0 && (year is null || year.Kind != PeriodKind.ReportingYear || !Years.Contains(year)))
        {
            Errors.Add(new FormError(HubQuery.PeriodField, "Select a reporting year from the list"));
        }

        return Errors.Count > 0 ? Invalid() : file(await returns.BuildAsync(year!, cancellationToken));
    }
}
