using System.Globalization;
using Consortium.Practice.Census.Notes;
using Consortium.Practice.Census.Validation;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin;

/// <summary>An administrator's note explaining one query of the year's census, which goes with the return.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class CensusNoteModel(CensusQueryNotes notes) : FormPageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Rule { get; set; }

    /// <summary>The child's LA child ID; empty for a query about the whole file.</summary>
    [BindProperty(SupportsGet = true)] public string? Child { get; set; }
    [BindProperty] public string? Text { get; set; }

    public CensusRule Query { get; private set; } = null!;

    public CensusQueryNote? Written { get; private set; }

    public TextAreaField TextField => new(nameof(Text), "Why the return is right as it is, or what is being done", Text, ErrorFor(nameof(Text)), $"Up to {CensusQueryNote.MaxText} characters. Do not name the child: the note goes with the return.", 5);

    public string YearLabel => CensusYears.Label(Year);

    public string Back => Url.Content($"~/admin/census?year={Year.ToString(CultureInfo.InvariantCulture)}");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Text = Written?.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var written = await notes.WriteAsync(Year, Rule, Child, Text, CurrentStaff.From(User), cancellationToken);
        return written.IsDone ? this.Saved("Note saved: it goes with the return", Back) : Failed(written.Failure);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!CensusYears.Offered.Contains(Year) || CensusRules.All.FirstOrDefault(r => r.Code == Rule) is not { IsQuery: true } query)
        {
            return false;
        }

        Query = query;
        Written = (await notes.ForYearAsync(Year, cancellationToken)).GetValueOrDefault((query.Code, Child ?? ""));
        return true;
    }
}
