using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Data;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Measures;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Computation;

/// <summary>
/// The workforce indicators of a reporting year, as headcounts on the Department's workforce census year it carries:
/// reporting year (Y-1)-Y carries census year Y (1 October Y-1 to 30 September Y), which the Department publishes as
/// year Y beside the children in need year to 31 March Y. Positions are at 30 September, or today while that is still
/// to come. A social worker is staff with a registration number; in post means employed and on the register that day
/// (a last day of 30 September is a leaver's, as in <see cref="WorkforceCensus"/>). Months and quarters have no census
/// figure: their values are unavailable, and the catalogue shares these by reporting year only.
/// </summary>
public static class WorkforceIndicators
{
    public static IReadOnlyList<IndicatorCode> Codes { get; } =
        [IndicatorCode.WF_TRAINED, IndicatorCode.WF_LEADERS, IndicatorCode.WF_TURNOVER, IndicatorCode.WF_AGENCY];

    /// <summary>The census year a reporting year carries: the one ending on the 30 September after the reporting year's 31 March.</summary>
    public static CensusYear CensusYearOf(ReportingPeriod reportingYear)
    {
        ArgumentNullException.ThrowIfNull(reportingYear);
        return new CensusYear(reportingYear.End.Year);
    }

    public static async Task<IReadOnlyList<Measure>> ComputeAsync(MetricsDbContext db, ReportingPeriod period, ComputationSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(settings);
        if (period.Kind != PeriodKind.ReportingYear)
        {
            return [.. Codes.Select(Measure.Unavailable)];
        }

        var year = CensusYearOf(period);
        var day = settings.Today is { } today && today < year.CensusDate ? today : year.CensusDate;
        var onRegister = db.Staff.Where(s => s.StartDate <= day && (s.EndDate == null || s.EndDate > day));
        var inPost = onRegister.Where(s => s.SocialWorker && !s.Agency);

        var inPostCount = await inPost.LongCountAsync(ct);
        var agency = await onRegister.LongCountAsync(s => s.SocialWorker && s.Agency, ct);
        var leavers = await db.Staff.LongCountAsync(s => s.SocialWorker && !s.Agency && s.EndDate >= year.Start && s.EndDate <= day, ct);
        var leaders = await inPost.LongCountAsync(
            s => db.PracticeLeaders.Any(l => l.StaffId == s.Id && l.From <= day && (l.Until == null || l.Until >= day)), ct);
        var (trained, needing) = await TrainedAsync(db, onRegister, settings.Training ?? DefaultTrainingPolicy.Create(), day, ct);

        return
        [
            Measure.Fraction(IndicatorCode.WF_TRAINED, trained, needing),
            Measure.Fraction(IndicatorCode.WF_LEADERS, leaders, inPostCount),
            Measure.Fraction(IndicatorCode.WF_TURNOVER, leavers, inPostCount),
            Measure.Fraction(IndicatorCode.WF_AGENCY, agency, agency + inPostCount),
        ];
    }

    /// <summary>
    /// Staff on the register whose role needs any level, and those of them holding every level it needs on the day: the
    /// database gives each one's latest completion of each level by then; the policy's refreshers say whether it is current.
    /// </summary>
    private static async Task<(long Trained, long Needing)> TrainedAsync(
        MetricsDbContext db, IQueryable<Practice.ReadModel.StaffRow> onRegister, TrainingPolicy policy, DateOnly day, CancellationToken ct)
    {
        var roles = policy.Requirements.Select(r => r.Role).Distinct().ToList();
        var staff = onRegister.Where(s => roles.Contains(s.Role));
        var people = await staff.Select(s => new { s.Id, s.Role }).ToListAsync(ct);
        var latest = (await db.TrainingCompletions
                .Where(c => c.CompletedOn <= day && staff.Any(s => s.Id == c.StaffId))
                .GroupBy(c => new { c.StaffId, c.Level })
                .Select(g => new { g.Key.StaffId, g.Key.Level, Latest = g.Max(c => c.CompletedOn) })
                .ToListAsync(ct))
            .ToDictionary(c => (c.StaffId, c.Level), c => c.Latest);

        bool Current(Guid staffId, string level) =>
            latest.TryGetValue((staffId, level), out var completed)
            && (policy.Level(level)?.RefresherYears is not { } years || completed.AddYears(years) > day);

        var trained = people.LongCount(p => policy.RequirementsFor(p.Role).All(r => Current(p.Id, r.Level)));
        return (trained, people.Count);
    }
}
