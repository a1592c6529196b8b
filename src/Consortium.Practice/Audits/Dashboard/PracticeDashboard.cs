using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Policy;
using Consortium.Practice.SafetyPlanning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Consortium.Practice.Audits.Dashboard;

/// <summary>
/// The practice dashboard for quality assurance staff and team managers: every open case against the Signs of Safety
/// checklist (per case, team and authority), and audit results over time (grades, good or better, the weakest
/// domains, open and overdue actions, overdue audits). Each part is one query; nothing is loaded per case.
/// </summary>
public sealed class PracticeDashboard(PracticeDbContext db, AuditFrameworks frameworks, IOptionsSnapshot<PracticePolicy> policy, TimeProvider clock)
{
    /// <summary>Cases a page lists one by one, at most; the CSV has them all and the summaries count every case.</summary>
    public const int MaxCaseRows = 500;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PracticeDashboardView?> ForAsync(string? team, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (!who.Has(StaffRole.QualityAssurance) && !who.Has(StaffRole.TeamManager))
        {
            return null;
        }

        var teams = await db.Teams.AsNoTracking().Select(t => t.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        team = string.IsNullOrWhiteSpace(team) ? null : teams.FirstOrDefault(t => string.Equals(t, team, StringComparison.Ordinal));
        var checklist = policy.Value.Checklist;
        var rows = await ChecklistAsync(team, checklist, cancellationToken);
        var summaries = team is null
            ? [ChecklistSummary.Of("All teams", [.. rows.Select(r => r.Row)]), .. rows.GroupBy(r => r.Row.Team).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ChecklistSummary.Of(g.Key, [.. g.Select(r => r.Row)]))]
            : new List<ChecklistSummary> { ChecklistSummary.Of(team, [.. rows.Select(r => r.Row)]) };
        var visible = rows.Where(r => r.Opens(who)).Select(r => r.Row).OrderBy(r => r.Met).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();

        var (framework, _) = await frameworks.InForceAsync(cancellationToken);
        var (byMonth, byYear) = await GradesAsync(team, framework, cancellationToken);
        var audits = db.CaseAudits.AsNoTracking().Where(a => team == null || a.Team == team);
        var today = Today;
        var domains = await db.AuditDomainScores.AsNoTracking()
            .Where(s => audits.Any(a => a.Id == s.AuditId))
            .GroupBy(s => s.DomainTitle)
            .Select(g => new WeakDomain(g.Key, g.Count(), g.Count(s => s.Score < AuditDomainScore.WeakBelow)))
            .ToListAsync(cancellationToken);
        var actions = db.AuditActions.AsNoTracking().Where(a => a.DoneOn == null && a.CarriedToId == null && audits.Any(x => x.Id == a.AuditId));
        var overdue = await audits.Where(a => a.Status == AuditStatus.Allocated && (a.DueOn < today || a.AuditorId == null))
            .OrderBy(a => a.DueOn).Take(200)
            .Select(a => new OverdueAudit(a.Id, a.Team, a.AuditorName, a.DueOn, a.Reason))
            .ToListAsync(cancellationToken);
        return new PracticeDashboardView(
            team,
            teams,
            summaries,
            visible,
            Math.Max(0, visible.Count - MaxCaseRows),
            [.. framework.Grades.OrderBy(g => g.Value).Select(g => g.Label)],
            byMonth,
            byYear,
            [.. domains.OrderByDescending(d => d.WeakPercent).ThenBy(d => d.Domain, StringComparer.Ordinal)],
            await actions.CountAsync(cancellationToken),
            await actions.CountAsync(a => a.DueOn < today, cancellationToken),
            overdue,
            checklist.SafetyNetworkSize,
            checklist.ScaledWithinDays);
    }

    /// <summary>The checklist of one open case, for its record.</summary>
    public async Task<ChecklistRow?> ForCaseAsync(Guid caseId, StaffMember who, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var rows = await ChecklistAsync(null, policy.Value.Checklist, cancellationToken, caseId);
        return rows.FirstOrDefault(r => r.Opens(who))?.Row;
    }

    private sealed record CaseFacts(ChecklistRow Row, bool Restricted, List<string> Permitted)
    {
        public bool Opens(StaffMember who) =>
            !Restricted || Permitted.Contains(who.Subject, StringComparer.Ordinal) || (who.UserName.Length > 0 && Permitted.Contains(who.UserName, StringComparer.OrdinalIgnoreCase));
    }

    private async Task<List<CaseFacts>> ChecklistAsync(string? team, ChecklistPolicy checklist, CancellationToken cancellationToken, Guid? onlyCase = null)
    {
        // One query driven by the open cases, each fact a subquery reached by its case's index: joining the tables (which
        // hold every case ever opened) to the open cases let SQLite start from all of a tenant's maps, seconds at a
        // county's size. The latest map is the newest version that is not a draft; the latest plan the newest revision.
        var scaledSince = Today.AddDays(-checklist.ScaledWithinDays);
        var facts = await db.Cases.AsNoTracking()
            .Where(c => c.Stage != CaseStage.Closed && (team == null || c.Team == team) && (onlyCase == null || c.Id == onlyCase))
            .Join(db.Children, c => c.ChildId, k => k.Id, (c, k) => new
            {
                c.Id, c.Reference, c.Team, c.WorkerName, c.Stage, k.IsRestricted, k.PermittedStaff,
                LatestMapDate = db.SafetyMaps.Where(m => m.CaseId == c.Id && !m.IsDraft).OrderByDescending(m => m.Version).Select(m => (DateOnly?)m.MapDate).FirstOrDefault(),
                DangerStatements = db.SafetyMaps.Where(m => m.CaseId == c.Id && !m.IsDraft).OrderByDescending(m => m.Version)
                    .Select(m => (bool?)m.Pairs.Any(p => !string.IsNullOrWhiteSpace(p.Statement))).FirstOrDefault(),
                SafetyGoals = db.SafetyMaps.Where(m => m.CaseId == c.Id && !m.IsDraft).OrderByDescending(m => m.Version)
                    .Select(m => (bool?)m.Pairs.Any(p => !string.IsNullOrWhiteSpace(p.Goal))).FirstOrDefault(),
                Scaled = db.SafetyMaps.Any(m => m.CaseId == c.Id && !m.IsDraft && m.MapDate >= scaledSince && db.SafetyRatings.Any(r => r.MapId == m.Id)),
                Words = db.DirectWork.Any(d => d.CaseId == c.Id && d.Tool == DirectWorkTool.WordsAndPictures),
                Network = db.SafetyNetwork.Count(n => n.CaseId == c.Id),
                LatestPlan = db.SafetyPlans.Where(p => p.CaseId == c.Id).OrderByDescending(p => p.Revision).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var mapCurrentSince = Today.AddDays(-policy.Value.Timescales.MapReviewIntervalDays);
        return [.. facts.Select(c =>
        {
            var row = new ChecklistRow(
                c.Id, c.Reference, c.Team, c.WorkerName, c.Stage,
                c.LatestMapDate >= mapCurrentSince,
                c.DangerStatements == true,
                c.SafetyGoals == true,
                c.Scaled,
                c.Words,
                c.Network >= checklist.SafetyNetworkSize,
                c.LatestPlan == PlanStatus.Agreed);
            return new CaseFacts(row, c.IsRestricted, c.PermittedStaff);
        })];
    }

    /// <summary>Completed audits by month (the last twelve) and by year (every year), at their final grade.</summary>
    private async Task<(IReadOnlyList<GradePeriod> ByMonth, IReadOnlyList<GradePeriod> ByYear)> GradesAsync(string? team, AuditFramework framework, CancellationToken cancellationToken)
    {
        var grades = await db.CaseAudits.AsNoTracking()
            .Where(a => a.Status != AuditStatus.Allocated && a.CompletedOn != null && (team == null || a.Team == team))
            .GroupBy(a => new { a.CompletedOn!.Value.Year, a.CompletedOn.Value.Month, Grade = a.ModeratedGrade ?? a.Grade })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Grade, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var scale = framework.Grades.Count;
        GradePeriod Period(string name, DateOnly start, IEnumerable<(int? Grade, int Count)> rows)
        {
            var byGrade = new int[scale];
            foreach (var (grade, count) in rows.Where(r => r.Grade is >= 1 && r.Grade <= scale))
            {
                byGrade[grade!.Value - 1] += count;
            }

            return new GradePeriod(name, start, byGrade.Sum(), byGrade, byGrade.Take(framework.GoodOrBetterUpTo).Sum());
        }

        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var months = Enumerable.Range(0, 12).Select(i => thisMonth.AddMonths(-11 + i))
            .Select(m => Period(m.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), m, grades.Where(g => g.Year == m.Year && g.Month == m.Month).Select(g => (g.Grade, g.Count))))
            .ToList();
        var years = grades.Select(g => g.Year).Distinct().Order()
            .Select(y => Period(y.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(y, 1, 1), grades.Where(g => g.Year == y).Select(g => (g.Grade, g.Count))))
            .ToList();
        return (months, years);
    }
}
