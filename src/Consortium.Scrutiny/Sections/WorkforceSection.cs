using System.Globalization;
using Consortium.Contracts;
using Consortium.Practice.Access;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Measures;

namespace Consortium.Scrutiny.Sections;

/// <summary>
/// Workforce and training: how many of the levels of training each role needs its staff in post hold, on the day the
/// report is made (training status is worked out for today, not for a past day), counts by role and level only; and the
/// workforce census measures of the latest census year ended by the period's end. Their comparison with statistical
/// neighbours and England is not in the report yet, and the section says so.
/// </summary>
public sealed class WorkforceSection(TrainingRecords training, WorkforceCensus census)
{
    public const string NoComparisonYet =
        "How these workforce measures compare with statistical neighbours and England is not in this report yet; the Department publishes them for every authority each February.";

    public async Task<ReportSection> BuildAsync(ReportingPeriod period, DateOnly today, RagRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
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
        };
        var table = new ReportTable("Training coverage by role and level", ["Role", "Level", "Staff who need it", "Compliant", "Due", "Overdue", "Share compliant"], rows);
        var year = CensusYear.LatestEndedBy(period.End < today ? period.End : today);
        var measures = await census.MeasuresAsync(year, cancellationToken);
        paragraphs.Add($"Social workers in the census year {year.Label}, on the Department's workforce census definitions (registered social workers employed by the authority; agency workers apart). {NoComparisonYet}");
        var tables = new List<ReportTable>();
        if (rows.Count > 0)
        {
            tables.Add(table);
        }

        tables.Add(new ReportTable($"Social workers in the census year {year.Label}", ["Measure", "Value"], CensusRows(measures)));
        return new ReportSection("workforce", "Workforce and training", paragraphs, tables, rules.Workforce(required, compliant));
    }

    private static List<IReadOnlyList<string>> CensusRows(WorkforceMeasures m)
    {
        static string Fte(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        static string Rate(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "x";
        return
        [
            ["In post at 30 September (FTE)", Fte(m.InPostFte)],
            ["In post at 30 September (headcount)", QualitySection.N(m.InPostHeadcount)],
            ["Starters (FTE)", Fte(m.StartersFte)],
            ["Leavers (FTE)", Fte(m.LeaversFte)],
            ["Agency workers at 30 September (FTE)", Fte(m.AgencyFte)],
            ["Turnover rate (FTE)", Rate(m.TurnoverRateFte)],
            ["Agency rate (FTE)", Rate(m.AgencyRateFte)],
            ["Vacancy rate (FTE)", m.VacanciesFte is null ? "not entered" : Rate(m.VacancyRateFte)],
            ["Average caseload per case-holding FTE", m.CaseloadFte is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : "x"],
        ];
    }
}
