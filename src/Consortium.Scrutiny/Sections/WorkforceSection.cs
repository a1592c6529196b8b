using Consortium.Practice.Access;
using Consortium.Practice.Workforce;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// Workforce and training: how many of the levels of training each role needs its staff in post hold, on the day the
/// report is made (training status is worked out for today, not for a past day). Counts by role and level only.
/// Turnover, agency staff and caseloads are not computed by the product yet, and the section says so.
/// </summary>
public sealed class WorkforceSection(TrainingRecords training)
{
    public const string NotYetAvailable =
        "Turnover, agency staff, vacancies and caseloads, and how they compare with statistical neighbours and England, are not yet available: " +
        "the product does not compute the workforce census measures yet.";

    public async Task<ReportSection> BuildAsync(DateOnly today, RagRules rules, CancellationToken cancellationToken)
    {
        var matrix = await training.MatrixAsync(null, cancellationToken);
        var cells = matrix.Rows
            .SelectMany(r => r.Statuses.Where(s => s.State != TrainingState.NotRequired).Select(s => (r.Role, s.Level, s.State)))
            .ToList();
        var rows = cells
            .GroupBy(c => (c.Role, c.Level))
            .OrderBy(g => g.Key.Role)
            .ThenBy(g => matrix.Levels.ToList().FindIndex(l => l.Key == g.Key.Level))
            .Select(g => (IReadOnlyList<string>)[
                StaffRoles.DisplayName(g.Key.Role),
                matrix.Levels.FirstOrDefault(l => l.Key == g.Key.Level)?.Name ?? g.Key.Level,
                QualitySection.N(g.Count()),
                QualitySection.N(g.Count(c => c.State == TrainingState.Compliant)),
                QualitySection.N(g.Count(c => c.State == TrainingState.Due)),
                QualitySection.N(g.Count(c => c.State == TrainingState.Overdue)),
                QualitySection.Share(g.Count(c => c.State == TrainingState.Compliant), g.Count())])
            .ToList();
        var required = cells.Count;
        var compliant = cells.Count(c => c.State == TrainingState.Compliant);
        var people = matrix.Rows.Count(r => r.Statuses.Any(s => s.State != TrainingState.NotRequired));

        var paragraphs = new List<string>
        {
            required == 0
                ? $"On {RagRules.Day(today)} no member of staff in post needed a level of training under the authority's training policy."
                : $"On {RagRules.Day(today)}, {QualitySection.N(people)} staff in post needed training in the practice model; they held {QualitySection.N(compliant)} " +
                  $"of the {QualitySection.N(required)} levels their roles need ({QualitySection.Share(compliant, required)}). Due means the deadline has not passed yet; overdue that it has.",
            NotYetAvailable,
        };
        var table = new ReportTable("Training coverage by role and level", ["Role", "Level", "Staff who need it", "Compliant", "Due", "Overdue", "Share compliant"], rows);
        return new ReportSection("workforce", "Workforce and training", paragraphs, rows.Count == 0 ? [] : [table], rules.Workforce(required, compliant));
    }
}
