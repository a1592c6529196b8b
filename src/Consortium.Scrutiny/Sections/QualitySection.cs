using System.Globalization;
using Consortium.Contracts;
using Consortium.Practice.Audits;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// Quality assurance: the case-file audits completed in the period at their final grade (the moderator's where
/// moderated), moderation, and the themes: the framework's domains most often weak (under half marks). Counts only:
/// no case reference, worker, auditor or free text from an audit.
/// </summary>
public sealed class QualitySection(PracticeDbContext db, AuditFrameworks frameworks)
{
    public async Task<ReportSection> BuildAsync(ReportingPeriod period, RagRules rules, CancellationToken cancellationToken)
    {
        var completed = CompletedIn(db, period);
        var grades = await completed.GroupBy(a => a.ModeratedGrade ?? a.Grade).Select(g => new { Grade = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var moderated = await completed.CountAsync(a => a.ModeratedAt != null, cancellationToken);
        var regraded = await completed.CountAsync(a => a.ModeratedAt != null && a.ModeratedGrade != a.Grade, cancellationToken);
        var domains = await db.AuditDomainScores.AsNoTracking()
            .Where(s => completed.Any(a => a.Id == s.AuditId))
            .GroupBy(s => s.DomainTitle)
            .Select(g => new { Domain = g.Key, Scored = g.Count(), Weak = g.Count(s => s.Score < AuditDomainScore.WeakBelow) })
            .ToListAsync(cancellationToken);
        var (framework, _) = await frameworks.InForceAsync(cancellationToken);

        var total = grades.Sum(g => g.Count);
        var good = grades.Where(g => g.Grade is { } v && v >= 1 && v <= framework.GoodOrBetterUpTo).Sum(g => g.Count);
        var gradeRows = framework.Grades.OrderBy(g => g.Value)
            .Select(g => (IReadOnlyList<string>)[$"{g.Value} {g.Label}", N(grades.Where(x => x.Grade == g.Value).Sum(x => x.Count)), Share(grades.Where(x => x.Grade == g.Value).Sum(x => x.Count), total)])
            .Append(["All completed audits", N(total), total == 0 ? "" : "100.0%"])
            .ToList();
        var themes = domains.Where(d => d.Weak > 0).OrderByDescending(d => (decimal)d.Weak / d.Scored).ThenBy(d => d.Domain, StringComparer.Ordinal).ToList();

        var paragraphs = new List<string>
        {
            total == 0
                ? $"No case-file audit was completed in {period.Label}."
                : $"{N(total)} case-file audit{(total == 1 ? " was" : "s were")} completed in {period.Label}; {N(good)} ({Share(good, total)}) {(good == 1 ? "was" : "were")} graded good or better " +
                  $"(grades 1 to {framework.GoodOrBetterUpTo} of the authority's framework). " +
                  (moderated == 0 ? "None was moderated." : $"{N(moderated)} {(moderated == 1 ? "was" : "were")} moderated, and the moderator changed the grade of {N(regraded)}."),
            themes.Count == 0
                ? "No domain of the audit framework was weak (under half marks) in any audit completed in the period."
                : $"The themes: the domains most often weak (under half marks) were {string.Join(", ", themes.Take(3).Select(d => $"{d.Domain.ToLowerInvariant()} ({Share(d.Weak, d.Scored)} of audits)"))}.",
        };
        var tables = new List<ReportTable> { new("Case-file audits completed in the period, by final grade", ["Grade", "Audits", "Share"], gradeRows) };
        if (domains.Count > 0)
        {
            tables.Add(new("Domains of the audit framework: how often weak", ["Domain", "Audits scoring it", "Weak (under half marks)", "Share weak"],
                [.. domains.OrderByDescending(d => (decimal)d.Weak / d.Scored).ThenBy(d => d.Domain, StringComparer.Ordinal)
                    .Select(d => (IReadOnlyList<string>)[d.Domain, N(d.Scored), N(d.Weak), Share(d.Weak, d.Scored)])]));
        }

        return new ReportSection("quality", "Quality assurance", paragraphs, tables, rules.Quality(total, good));
    }

    /// <summary>Audits completed (graded) in the period, whatever has happened to them since.</summary>
    internal static IQueryable<CaseAudit> CompletedIn(PracticeDbContext db, ReportingPeriod period) =>
        db.CaseAudits.AsNoTracking().Where(a => a.Status != AuditStatus.Allocated && a.CompletedOn != null && a.CompletedOn >= period.Start && a.CompletedOn <= period.End);

    internal static string N(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    internal static string Share(long part, long whole) => whole == 0 ? "" : RagRules.Percent(part, whole);
}
