using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>Who looked at or changed a child's record, and when, filtered by person, action and days: for quality assurance and administrators.</summary>
[Authorize(Policy = AuthorizationPolicies.SeesAccessLogs)]
public sealed class AccessLogModel(CaseworkService casework) : FormPageModel
{
    public Child Child { get; private set; } = null!;

    public IReadOnlyList<AccessLogEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> People { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Person { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateInput From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateInput To { get; set; } = new();

    public SelectField PersonField => new(nameof(Person), "Who", new Dictionary<string, string> { [""] = "Anyone" }.Concat(People.Select(p => KeyValuePair.Create(p, p))).ToDictionary(), Person, null);
    public SelectField ActionField => new(nameof(Action), "What they did", new Dictionary<string, string> { [""] = "Anything" }.Concat(Enum.GetNames<AccessAction>().Select(a => KeyValuePair.Create(a, a))).ToDictionary(), Action, ErrorFor(nameof(Action)));
    public DateField FromField => new(nameof(From), "From (optional)", From, ErrorFor(nameof(From)));
    public DateField ToField => new(nameof(To), "To (optional)", To, ErrorFor(nameof(To)));

    public string CsvLink => Url.Content($"~/children/{Child.Id}/access-log") + Request.QueryString.Add("handler", "Csv");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } result ? result : Errors.Count > 0 ? Invalid() : Page();

    public async Task<IActionResult> OnGetCsvAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var csv = new CsvTable(["at_utc", "who", "action", "record_type", "record_id", "detail"]);
        foreach (var entry in Entries)
        {
            csv.Row([entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), entry.StaffName, entry.Action.ToString(), entry.RecordType, entry.RecordId.ToString(), entry.Detail ?? ""]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"access_log_{Child.Reference}.csv");
    }

    /// <summary>The child and the filtered log; an answer of its own when the record cannot be opened.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (opening.Child is null)
        {
            return NotFound();
        }

        Child = opening.Child;
        People = await casework.AccessLogPeopleAsync(id, cancellationToken);
        var (from, fromError) = From.IsEmpty ? ((DateOnly?)null, (string?)null) : From.Parse("The from date");
        var (to, toError) = To.IsEmpty ? ((DateOnly?)null, (string?)null) : To.Parse("The to date");
        AccessAction? action = null;
        if (!string.IsNullOrEmpty(Action))
        {
            if (Enum.TryParse<AccessAction>(Action, out var parsed) && Enum.IsDefined(parsed))
            {
                action = parsed;
            }
            else
            {
                Errors.Add(new(nameof(Action), "Choose what they did from the list"));
            }
        }

        foreach (var (field, error) in new[] { (nameof(From), fromError), (nameof(To), toError) })
        {
            if (error is not null)
            {
                Errors.Add(new(field, error));
            }
        }

        if (from is { } f && to is { } t && t < f)
        {
            Errors.Add(new(nameof(To), "The to date must be the same as or after the from date"));
        }

        if (Errors.Count == 0)
        {
            Entries = await casework.AccessLogAsync(id, new AccessLogFilter(Person, action, from, to), cancellationToken);
        }

        return null;
    }
}
