using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce.Leadership;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>The practice leaders register: managers, QA and administrators read it; administrators add and end terms.</summary>
[Authorize(Policy = AuthorizationPolicies.WorkforceMatrix)]
public sealed class PracticeLeadersModel(PracticeLeaders leaders, StaffDirectory directory) : FormPageModel
{
    public IReadOnlyList<RegisterRow> Register { get; private set; } = [];
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();
    public bool MayEdit => User.IsInRole("TenantAdministrator");

    [BindProperty] public string? StaffId { get; set; }
    [BindProperty] public DateInput From { get; set; } = new();
    [BindProperty] public DateInput Until { get; set; } = new();
    [BindProperty] public string? TermId { get; set; }
    [BindProperty] public DateInput LastDay { get; set; } = new();

    public SelectField PersonField => new(nameof(StaffId), "Practice leader", People, StaffId, ErrorFor(nameof(StaffId)));
    public DateField FromField => new(nameof(From), "First day as a practice leader", From, ErrorFor(nameof(From)), "For example, 1 4 2026");
    public DateField UntilField => new(nameof(Until), "Last day (optional)", Until, ErrorFor(nameof(Until)), "Leave empty while they still serve");
    public SelectField TermField => new(nameof(TermId), "Practice leader", Register.Where(r => r.Until is null).ToDictionary(r => r.Id.ToString(), r => $"{r.Name}, since {Day(r.From)}"), TermId, ErrorFor(nameof(TermId)));
    public DateField LastDayField => new(nameof(LastDay), "Last day as a practice leader", LastDay, ErrorFor(nameof(LastDay)));

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = new CsvTable(["name", "from", "until", "serving"]);
        foreach (var row in await leaders.RegisterAsync(cancellationToken))
        {
            csv.Row([row.Name, Iso(row.From), row.Until is { } u ? Iso(u) : "", row.Serving ? "yes" : "no"]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", "practice_leaders.csv");
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var (from, fromError) = From.Parse("The first day");
        var (until, untilError) = Until.Parse("The last day");
        AddIf(nameof(From), fromError);
        AddIf(nameof(Until), untilError);
        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var added = await leaders.AddAsync(Guid.TryParse(StaffId, out var id) ? id : null, from, until, User.Identity?.Name ?? "administrator", cancellationToken);
        return added.IsDone ? this.Saved("Added to the practice leaders register", "~/workforce/practice-leaders") : Failed(added.Failure);
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        if (!Guid.TryParse(TermId, out var termId))
        {
            Errors.Add(new(nameof(TermId), "Choose the practice leader whose term ends"));
            return Invalid();
        }

        var (lastDay, error) = LastDay.Parse("The last day");
        AddIf(nameof(LastDay), error);
        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var ended = await leaders.EndAsync(termId, lastDay, cancellationToken);
        return ended.IsDone ? this.Saved("The practice leader's term is ended", "~/workforce/practice-leaders") : Failed(ended.Failure, f => f == "Until" ? nameof(LastDay) : f);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void AddIf(string field, string? error)
    {
        if (error is not null)
        {
            Errors.Add(new(field, error));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Register = await leaders.RegisterAsync(cancellationToken);
        People = (await directory.ChooseFromAsync(cancellationToken: cancellationToken)).ToDictionary(s => s.Id.ToString(), s => s.Label);
    }
}
