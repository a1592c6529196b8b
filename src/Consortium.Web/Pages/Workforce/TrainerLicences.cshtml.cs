using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce.Licences;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>Trainers' licences and when they expire; the administrator records a licence or its renewal.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class TrainerLicencesModel(TrainerLicences licences, StaffDirectory directory) : FormPageModel
{
    public IReadOnlyList<LicenceRow> List { get; private set; } = [];
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public string? StaffId { get; set; }
    [BindProperty] public DateInput ExpiresOn { get; set; } = new();

    public SelectField PersonField => new(nameof(StaffId), "Trainer", People, StaffId, ErrorFor(nameof(StaffId)));
    public DateField ExpiresField => new(nameof(ExpiresOn), "Licence expires on", ExpiresOn, ErrorFor(nameof(ExpiresOn)), "The last day the licence is valid. For a renewal, the new date replaces the old");

    public static string State(LicenceState state) => state switch
    {
        LicenceState.Expired => "Expired",
        LicenceState.DueToExpire => $"Due to expire within {TrainerLicences.DueWithinDays} days",
        _ => "Current",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = new CsvTable(["trainer", "expires_on", "state"]);
        foreach (var row in await licences.ListAsync(cancellationToken))
        {
            csv.Row([row.Name, row.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), State(row.State)]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "trainer_licences.csv");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (expires, error) = ExpiresOn.Parse("The expiry date");
        if (error is not null)
        {
            Errors.Add(new(nameof(ExpiresOn), error));
            return Invalid();
        }

        var recorded = await licences.RecordAsync(Guid.TryParse(StaffId, out var id) ? id : null, expires, User.Identity?.Name ?? "administrator", cancellationToken);
        return recorded.IsDone ? this.Saved("Trainer's licence recorded", "~/workforce/trainer-licences") : Failed(recorded.Failure);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        List = await licences.ListAsync(cancellationToken);
        People = (await directory.ChooseFromAsync(cancellationToken: cancellationToken)).ToDictionary(s => s.Id.ToString(), s => s.Label);
    }
}
