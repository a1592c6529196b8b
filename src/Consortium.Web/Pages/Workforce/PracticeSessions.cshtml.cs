using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce.Leadership;
using Consortium.Web.Forms;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>
/// The practice sessions of the last 12 months: recording one, the list and the count in each month (a chart beside
/// its table), both as CSV. A restricted case's reference is shown only to staff who may open it.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.WorkforceMatrix)]
public sealed class PracticeSessionsModel(PracticeSessions sessions, PracticeLeaders leaders, StaffDirectory directory, TimeProvider clock) : FormPageModel
{
    public IReadOnlyList<SessionRow> List { get; private set; } = [];
    public IReadOnlyList<SessionMonth> Months { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Leaders { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateInput Date { get; set; } = new();
    [BindProperty] public string? LeaderId { get; set; }
    [BindProperty] public List<string> AttendeeIds { get; set; } = [];
    [BindProperty] public string? CaseReferences { get; set; }

    public SelectField KindField => new(nameof(Kind), "Kind of session", Enum.GetValues<SessionKind>().ToDictionary(k => k.ToString(), SessionKinds.Name), Kind, ErrorFor(nameof(Kind)));
    public DateField DateField => new(nameof(Date), "Date of the session", Date, ErrorFor(nameof(Date)), "For example, 3 11 2026");
    public SelectField LeaderField => new(nameof(LeaderId), "Led by", Leaders, LeaderId, ErrorFor(nameof(LeaderId)), "A practice leader on the register on the date of the session");
    public CheckboxesField AttendeesField => new(nameof(AttendeeIds), "Who attended", People, AttendeeIds, ErrorFor(nameof(AttendeeIds)));
    public TextAreaField CasesField => new(nameof(CaseReferences), "Cases discussed (optional)", CaseReferences, ErrorFor(nameof(CaseReferences)), $"Case references, such as R-1A2B3C4D, separated by commas or new lines; up to {PracticeSessions.MaxCases}", 2);

    private DateOnly Since => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(-11);

    public BarChart MonthsChart => new(
        "sessions-chart",
        "Practice sessions held, by month",
        "Sessions of every kind held in each of the last 12 months; the table beside it gives them by kind.",
        [.. Months.Select(m => new BarChart.Bar(Month(m.Month), m.Total, m.Total.ToString(CultureInfo.InvariantCulture)))],
        null,
        null);

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string Cases(SessionRow row) =>
        string.Join(", ", row.CaseReferences.Concat(row.CasesNotShown switch
        {
            0 => [],
            1 => ["1 case you cannot open"],
            var n => [$"{n} cases you cannot open"],
        }));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        CsvTable csv;
        if (table == "months")
        {
            csv = new CsvTable(["month", .. Enum.GetValues<SessionKind>().Select(k => k.ToString()), "total"]);
            foreach (var month in await sessions.ByMonthAsync(Since, cancellationToken))
            {
                csv.Row([month.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), .. Enum.GetValues<SessionKind>().Select(k => month.ByKind[k].ToString(CultureInfo.InvariantCulture)), month.Total.ToString(CultureInfo.InvariantCulture)]);
            }
        }
        else
        {
            csv = new CsvTable(["date", "kind", "leader", "attendees", "cases_discussed", "cases_not_shown"]);
            foreach (var row in await sessions.ListAsync(CurrentStaff.From(User), Since, cancellationToken))
            {
                csv.Row([row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SessionKinds.Name(row.Kind), row.Leader, string.Join("; ", row.Attendees), string.Join("; ", row.CaseReferences), row.CasesNotShown.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", table == "months" ? "practice_sessions_by_month.csv" : "practice_sessions.csv");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (date, dateError) = Date.Parse("The date of the session");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(Date), dateError));
        }

        var attendees = AttendeeIds.Select(a => Guid.TryParse(a, out var id) ? id : (Guid?)null).ToList();
        if (attendees.Any(a => a is null))
        {
            Errors.Add(new(nameof(AttendeeIds), "Choose each attendee from the list"));
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var input = new SessionInput
        {
            Kind = Enum.TryParse<SessionKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            Date = date,
            LeaderId = Guid.TryParse(LeaderId, out var leader) ? leader : null,
            AttendeeIds = [.. attendees.OfType<Guid>()],
            CaseReferences = CaseReferences,
        };
        var recorded = await sessions.RecordAsync(input, CurrentStaff.From(User), cancellationToken);
        return recorded.IsDone
            ? this.Saved($"{SessionKinds.Name(recorded.Value.Kind)} on {Day(recorded.Value.Date)} recorded", "~/workforce/practice-sessions")
            : Failed(recorded.Failure);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        List = await sessions.ListAsync(CurrentStaff.From(User), Since, cancellationToken);
        Months = await sessions.ByMonthAsync(Since, cancellationToken);
        Leaders = (await leaders.RegisterAsync(cancellationToken)).DistinctBy(r => r.StaffId).ToDictionary(r => r.StaffId.ToString(), r => r.Name);
        People = (await directory.ChooseFromAsync(cancellationToken: cancellationToken)).ToDictionary(s => s.Id.ToString(), s => s.Label);
    }
}
