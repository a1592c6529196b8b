using System.Globalization;
using Consortium.Hub.Export;
using Consortium.Practice.Audits.Dashboard;
using Consortium.Practice.Casework;
using Consortium.Web.Pages.Hub.Charts;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Quality;

/// <summary>The practice dashboard: the Signs of Safety checklist and audit results, for the authority or one team; every table as CSV.</summary>
[Authorize(Policy = AuthorizationPolicies.Audits)]
public sealed class DashboardModel(PracticeDashboard dashboard, Consortium.Practice.Audits.ModerationService moderation) : PageModel
{
    public PracticeDashboardView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Team { get; set; }

    /// <summary>Each auditor's agreement with the moderators, over every moderated audit of the authority.</summary>
    public IReadOnlyList<Consortium.Practice.Audits.AuditorAgreement> Agreement { get; private set; } = [];

    public static string Percent(int count, int of) => of == 0 ? "-" : (100m * count / of).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public BarChart ChecklistChart(ChecklistSummary summary) => new(
        "checklist-chart",
        $"Open cases meeting each item of the checklist, {summary.Name}",
        $"Per cent of {summary.Cases} open cases meeting each item; the table beside it gives the counts.",
        [.. summary.ByItem(View.NetworkSize, View.ScaledWithinDays).Select(i => new BarChart.Bar(i.Item, summary.Cases == 0 ? 0 : 100m * i.Count / summary.Cases, Percent(i.Count, summary.Cases)))],
        null,
        null);

    public BarChart GoodChart => new(
        "good-chart",
        "Audits graded good or better, by month",
        "Per cent of audits completed each month whose final grade is good or better; months with no audits show no bar. The table beside it gives the counts.",
        [.. View.ByMonth.Select(m => new BarChart.Bar(m.Period, m.GoodOrBetterPercent ?? 0, m.GoodOrBetterPercent is { } p ? $"{p:0.0}%" : "none"))],
        null,
        null);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await dashboard.ForAsync(Team, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Agreement = await moderation.AgreementAsync(cancellationToken);
        return Page();
    }

    /// <summary>One of the page's tables as CSV: checklist, cases, months, years, domains or overdue.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? table, CancellationToken cancellationToken)
    {
        if (await dashboard.ForAsync(Team, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var csv = table switch
        {
            "checklist" => Checklist(view),
            "cases" => Cases(view),
            "months" => Grades(view, view.ByMonth),
            "years" => Grades(view, view.ByYear),
            "domains" => Domains(view),
            "overdue" => Overdue(view),
            "agreement" => AgreementCsv(await moderation.AgreementAsync(cancellationToken)),
            _ => null,
        };
        return csv is null ? NotFound() : File(csv.ToBytes(), "text/csv; charset=utf-8", $"practice_dashboard_{table}{(view.Team is null ? "" : "_" + view.Team.Replace(' ', '_'))}.csv");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static CsvTable Checklist(PracticeDashboardView view)
    {
        var csv = new CsvTable(["team", "open_cases", "current_map", "danger_statements", "safety_goals", "scaled_recently", "words_and_pictures", "safety_network", "agreed_safety_plan"]);
        foreach (var s in view.Checklist)
        {
            csv.Row([s.Name, N(s.Cases), N(s.CurrentMap), N(s.DangerStatements), N(s.SafetyGoals), N(s.ScaledRecently), N(s.WordsAndPictures), N(s.Network), N(s.AgreedSafetyPlan)]);
        }

        return csv;
    }

    private static CsvTable Cases(PracticeDashboardView view)
    {
        var csv = new CsvTable(["case_reference", "team", "worker", "stage", "items_met", "current_map", "danger_statements", "safety_goals", "scaled_recently", "words_and_pictures", "safety_network", "agreed_safety_plan"]);
        foreach (var r in view.Cases)
        {
            csv.Row([r.Reference, r.Team, r.Worker, CaseStages.DisplayName(r.Stage), N(r.Met), Yes(r.CurrentMap), Yes(r.DangerStatements), Yes(r.SafetyGoals), Yes(r.ScaledRecently), Yes(r.WordsAndPictures), Yes(r.Network), Yes(r.AgreedSafetyPlan)]);
        }

        return csv;
    }

    private static CsvTable Grades(PracticeDashboardView view, IReadOnlyList<GradePeriod> periods)
    {
        var csv = new CsvTable(["period", "audits_completed", .. view.Grades.Select((g, i) => $"grade_{i + 1}"), "good_or_better", "good_or_better_percent"]);
        foreach (var p in periods)
        {
            csv.Row([p.Period, N(p.Completed), .. p.ByGrade.Select(N), N(p.GoodOrBetter), p.GoodOrBetterPercent?.ToString("0.0", CultureInfo.InvariantCulture)]);
        }

        return csv;
    }

    private static CsvTable Domains(PracticeDashboardView view)
    {
        var csv = new CsvTable(["domain", "audits_scored", "weak", "weak_percent"]);
        foreach (var d in view.Domains)
        {
            csv.Row([d.Domain, N(d.Scored), N(d.Weak), d.WeakPercent.ToString("0.0", CultureInfo.InvariantCulture)]);
        }

        return csv;
    }

    private static CsvTable Overdue(PracticeDashboardView view)
    {
        var csv = new CsvTable(["team", "auditor", "due_on", "reason"]);
        foreach (var o in view.OverdueAudits)
        {
            csv.Row([o.Team, o.Auditor, o.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Reason]);
        }

        return csv;
    }

    private static CsvTable AgreementCsv(IReadOnlyList<Consortium.Practice.Audits.AuditorAgreement> agreement)
    {
        var csv = new CsvTable(["auditor", "moderated", "agreed", "agreed_percent", "weighted_kappa"]);
        foreach (var a in agreement)
        {
            csv.Row([a.Auditor, N(a.Moderated), N(a.Agreed), (100 * a.Share).ToString("0.0", CultureInfo.InvariantCulture), a.Kappa?.ToString("0.000", CultureInfo.InvariantCulture)]);
        }

        return csv;
    }

    private static string Yes(bool value) => value ? "yes" : "no";
}
