using Consortium.Contracts;
using Consortium.Scrutiny;
using Consortium.Scrutiny.Board;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Reports;

/// <summary>
/// The programme board's judgement of one section of the scrutiny report for one period, overriding the rule's, with a
/// note saying why; or going back to the rule's. Administrators record it; nothing is saved if any field is wrong.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class ScrutinyJudgementModel(BoardJudgements board) : FormPageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Section { get; set; }
    [BindProperty] public string? Rating { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }

    public string Intention => Section is not null && OverrideInput.Sections.TryGetValue(Section, out var intention) ? intention : "";

    public string PeriodLabel => ReportingPeriod.TryParse(Period, out var period) ? period.Label : Period ?? "";

    public TextAreaField NoteField => new(nameof(Note), "Why the board judges it differently", Note, ErrorFor(nameof(Note)),
        $"Printed in the report beside the rule's judgement, with your name and today's date. Up to {JudgementOverride.MaxNote} characters.", 5);

    public static IEnumerable<(string Value, string Label)> Choices =>
        OverrideInput.Ratings.Select(r => (r.ToString(), Judgement.Text(r))).Append((OverrideInput.UseTheRule, "The rule's judgement (no override)"));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReportingPeriod.TryParse(Period, out var period) || Intention.Length == 0)
        {
            return NotFound();
        }

        var current = await board.CurrentAsync(cancellationToken);
        Version = current.Version;
        var given = current.Settings.Overrides.FirstOrDefault(o => o.Period == period.Key && o.Section == Section);
        (Rating, Note) = given is null ? (OverrideInput.UseTheRule, null) : (given.Rating.ToString(), given.Note);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await board.SaveAsync(new OverrideInput(Period, Section, Rating, Note), Version, User.Identity?.Name ?? "", cancellationToken);
        return outcome.IsDone
            ? this.Saved($"The board's judgement of {Intention.ToLowerInvariant()} for {PeriodLabel} is saved.", $"~/reports/scrutiny?period={Uri.EscapeDataString(Period!)}#section-judgements")
            : Failed(outcome.Failure);
    }
}
