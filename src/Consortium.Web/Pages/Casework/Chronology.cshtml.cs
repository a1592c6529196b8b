using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>A case's chronology of significant events, oldest first, filtered by kind and dates, and printable as it is filtered.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class ChronologyModel(ChronologyService chronology, TimeProvider clock) : FormPageModel
{
    public CaseRecord? Case { get; private set; }

    public Child? Child { get; private set; }

    public IReadOnlyList<ChronologyEvent> Events { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public List<string> Kinds { get; set; } = [];
    [BindProperty(SupportsGet = true)] public DateInput From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateInput To { get; set; } = new();

    public DateTimeOffset PrintedAt => clock.GetUtcNow();

    public CheckboxesField KindsField => new(
        nameof(Kinds), "Types of event", ChronologyEventKinds.All.ToDictionary(k => k.ToString(), ChronologyEventKinds.Label), Kinds, ErrorFor(nameof(Kinds)), "Leave all unticked to see every type");

    public DateField FromField => new(nameof(From), "From", From, ErrorFor(nameof(From)));

    public DateField ToField => new(nameof(To), "To", To, ErrorFor(nameof(To)));

    public bool IsFiltered => Kinds.Count > 0 || !From.IsEmpty || !To.IsEmpty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (from, fromError) = From.Parse("The start of the date range");
        var (to, toError) = To.Parse("The end of the date range");
        var kinds = new HashSet<ChronologyEventKind>();
        foreach (var kind in Kinds)
        {
            if (Enum.TryParse<ChronologyEventKind>(kind, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                kinds.Add(parsed);
            }
            else
            {
                Errors.Add(new(nameof(Kinds), "Choose types of event from the list"));
                break;
            }
        }

        if (fromError is not null)
        {
            Errors.Add(new(nameof(From), fromError));
        }

        if (toError is not null)
        {
            Errors.Add(new(nameof(To), toError));
        }

        var filter = new ChronologyFilter(kinds, from, to);
        Errors.AddRange(filter.Validate().Select(e => new FormError(e.Field, e.Message)));
        filter = Errors.Count == 0 ? filter : ChronologyFilter.Everything;
        var outcome = await chronology.ForCaseAsync(id, filter, CurrentStaff.From(User), cancellationToken);
        if (!outcome.IsDone)
        {
            return Failed(outcome.Failure);
        }

        (Child, Case, Events) = (outcome.Value.Child, outcome.Value.Case, Errors.Count == 0 ? outcome.Value.Events : []);
        return Errors.Count == 0 ? Page() : Invalid();
    }
}
