using System.Globalization;
using Consortium.Practice.Audits;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Quality;

/// <summary>
/// Quality assurance: the month's sample (drawn here by QA staff), cases added by hand, the audits allocated to the
/// person signed in, audits waiting for moderation, and safeguarding concerns raised with a team manager.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Audits)]
public sealed class IndexModel(AuditSampling sampling, AuditService audits, ModerationService moderation, TimeProvider clock) : FormPageModel
{
    public DateOnly Month { get; private set; }
    public AuditSample? Sample { get; private set; }
    public IReadOnlyList<CaseAudit> MonthAudits { get; private set; } = [];
    public IReadOnlyList<CaseAudit> Mine { get; private set; } = [];
    public IReadOnlyList<CaseAudit> Waiting { get; private set; } = [];
    public IReadOnlyList<CaseAudit> Concerns { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Auditors { get; private set; } = new Dictionary<string, string>();
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    public bool IsQualityAssurance => User.IsInRole("QualityAssurance");

    [BindProperty] public string? Seed { get; set; }
    [BindProperty] public string? CaseReference { get; set; }
    [BindProperty] public string? Theme { get; set; }
    [BindProperty] public string? AuditorId { get; set; }

    public TextField SeedField => new(nameof(Seed), "Seed (optional)", Seed, ErrorFor(nameof(Seed)), "Leave empty for a new random seed. The same seed draws the same cases.", "govuk-input--width-10");
    public TextField CaseReferenceField => new(nameof(CaseReference), "Case reference", CaseReference, ErrorFor(nameof(CaseReference)), Width: "govuk-input--width-10");
    public TextField ThemeField => new(nameof(Theme), "Theme", Theme, ErrorFor(nameof(Theme)), "For example, every re-referral this quarter");
    public SelectField AuditorField => new(nameof(AuditorId), "Auditor (optional)", Auditors, AuditorId, ErrorFor(nameof(AuditorId)), "Leave empty to allocate by the rule: never the case's own team or its worker's manager");

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>This month's audits as CSV: what the table shows.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var csv = new Consortium.Hub.Export.CsvTable(["case_reference", "team", "stage", "reason", "auditor", "due_on", "status", "grade"]);
        foreach (var audit in MonthAudits)
        {
            csv.Row([audit.CaseReference, audit.Team, audit.Stage.ToString(), audit.Reason, audit.AuditorName, audit.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), audit.Status.ToString(), audit.FinalGrade?.ToString(CultureInfo.InvariantCulture)]);
        }

        return File(csv.ToBytes(), "text/csv; charset=utf-8", $"audits_{Month:yyyy-MM}.csv");
    }

    public async Task<IActionResult> OnPostDrawAsync(CancellationToken cancellationToken)
    {
        int? seed = null;
        if (!string.IsNullOrWhiteSpace(Seed))
        {
            if (!int.TryParse(Seed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                Errors.Add(new(nameof(Seed), "The seed must be a whole number from 1 to 2147483647"));
                await LoadAsync(cancellationToken);
                return Invalid();
            }

            seed = parsed;
        }

        var drawn = await sampling.DrawAsync(Today, seed, CurrentStaff.From(User), cancellationToken);
        if (drawn.IsDone)
        {
            return this.Saved($"{drawn.Value.Drawn} cases drawn for {drawn.Value.Month:MMMM yyyy} with seed {drawn.Value.Seed}", "~/quality");
        }

        await LoadAsync(cancellationToken);
        return Failed(drawn.Failure);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        Guid? auditor = Guid.TryParse(AuditorId, out var id) ? id : null;
        var added = await sampling.AddByReferenceAsync(CaseReference, Theme ?? "", auditor, CurrentStaff.From(User), cancellationToken);
        if (added.IsDone)
        {
            return this.Saved($"Case {added.Value.CaseReference} added to this month's audits" + (added.Value.AuditorName.Length == 0 ? " with no auditor yet" : $" for {added.Value.AuditorName}"), "~/quality");
        }

        await LoadAsync(cancellationToken);
        return Failed(added.Failure);
    }

    public async Task<IActionResult> OnPostReReferralsAsync(CancellationToken cancellationToken)
    {
        var added = await sampling.AddReReferralsThisQuarterAsync(CurrentStaff.From(User), cancellationToken);
        if (added.IsDone)
        {
            var (theme, count, already) = (added.Value.Theme, added.Value.Added, added.Value.AlreadyAdded);
            return this.Saved($"{theme}: {count} {(count == 1 ? "case" : "cases")} added to this month's audits" + (already > 0 ? $", {already} already added or waiting" : ""), "~/quality");
        }

        await LoadAsync(cancellationToken);
        return Failed(added.Failure);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid auditId, CancellationToken cancellationToken)
    {
        var seen = await audits.AcknowledgeConcernAsync(auditId, CurrentStaff.From(User), cancellationToken);
        if (seen.IsDone)
        {
            return this.Saved("Concern marked as seen", "~/quality");
        }

        await LoadAsync(cancellationToken);
        return Failed(seen.Failure);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var who = CurrentStaff.From(User);
        Month = AuditSampling.FirstOf(Today);
        Sample = await sampling.SampleAsync(Month, cancellationToken);
        MonthAudits = await audits.MonthAsync(Month, who, cancellationToken);
        Mine = await audits.MineAsync(who, cancellationToken);
        Waiting = await moderation.WaitingAsync(who, cancellationToken);
        Concerns = await audits.ConcernsForAsync(who, cancellationToken);
        if (IsQualityAssurance)
        {
            Auditors = (await sampling.AuditorsAsync(cancellationToken)).ToDictionary(a => a.Id.ToString(), a => a.Team is null ? a.Name : $"{a.Name} ({a.Team})");
        }
    }
}
