using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;

namespace Consortium.Metrics.Computation;

/// <summary>
/// The Department's secondary suppression, across the periods of one reporting year. For an indicator that adds up
/// over periods, a reporting year is the sum of its quarters and of its months, and a quarter of its three months:
/// where exactly one cell of such a group is hidden (suppressed, or never shared), it could be worked out from the
/// total and the others, so the smallest other cell is suppressed too (non-zero first), until no group has exactly
/// one hidden cell. Works on what the hub can see: the latest values shared for each period.
/// </summary>
public static class SecondarySuppression
{
    /// <summary>
    /// The further (period, indicator) cells to suppress among <paramref name="visible"/>, the latest values of each
    /// period of <paramref name="year"/> as the hub would hold them. Periods starting after <paramref name="today"/>
    /// do not exist yet and are no part of any sum.
    /// </summary>
    public static IReadOnlySet<(ReportingPeriod Period, IndicatorCode Indicator)> Find(
        ReportingPeriod year, IReadOnlyDictionary<ReportingPeriod, IReadOnlyList<IndicatorValue>> visible, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(visible);
        var groups = Groups(year, today);
        var suppressed = new HashSet<(ReportingPeriod, IndicatorCode)>();
        foreach (var indicator in IndicatorCatalogue.All.Where(i => i.AddsUpOverPeriods).Select(i => i.Code))
        {
            bool changed;
            do
            {
                changed = false;
                foreach (var (total, parts) in groups)
                {
                    var cells = parts.Prepend(total).Select(period => (Period: period, Value: ValueOf(visible, period, indicator))).ToList();
                    if (cells[0].Value is null || cells.Any(c => c.Value?.Status == ValueStatus.Unavailable))
                    {
                        continue;
                    }

                    bool Hidden((ReportingPeriod Period, IndicatorValue? Value) cell) =>
                        cell.Value is null or { Status: ValueStatus.Suppressed } || suppressed.Contains((cell.Period, indicator));
                    if (cells.Count(Hidden) != 1)
                    {
                        continue;
                    }

                    var next = cells.Where(c => !Hidden(c) && c.Value!.Status == ValueStatus.Available)
                        .OrderBy(c => Size(c.Value!) == 0 ? 1 : 0)
                        .ThenBy(c => Size(c.Value!))
                        .ThenBy(c => c.Value!.Denominator ?? 0)
                        .ThenBy(c => c.Period.Start)
                        .Select(c => (ReportingPeriod?)c.Period)
                        .FirstOrDefault();
                    if (next is not null)
                    {
                        changed |= suppressed.Add((next, indicator));
                    }
                }
            }
            while (changed);
        }

        return suppressed;
    }

    /// <summary>The value with its number taken away, as primary suppression leaves it.</summary>
    public static IndicatorValue Suppressed(IndicatorCode indicator) => new() { Indicator = indicator, Status = ValueStatus.Suppressed };

    private static long Size(IndicatorValue value) => value.Numerator ?? (long)(value.Value ?? 0);

    private static IndicatorValue? ValueOf(IReadOnlyDictionary<ReportingPeriod, IReadOnlyList<IndicatorValue>> visible, ReportingPeriod period, IndicatorCode indicator) =>
        visible.TryGetValue(period, out var values) ? values.FirstOrDefault(v => v.Indicator == indicator) : null;

    /// <summary>The year over its quarters and over its months, and each quarter over its months: the sums an observer knows hold.</summary>
    private static List<(ReportingPeriod Total, List<ReportingPeriod> Parts)> Groups(ReportingPeriod year, DateOnly today)
    {
        var quarters = Enumerable.Range(0, 4).Select(q => new ReportingPeriod(PeriodKind.Quarter, year.Start.AddMonths(q * 3))).Where(p => p.Start <= today).ToList();
        var months = Enumerable.Range(0, 12).Select(m => new ReportingPeriod(PeriodKind.Month, year.Start.AddMonths(m))).Where(p => p.Start <= today).ToList();
        var groups = new List<(ReportingPeriod, List<ReportingPeriod>)> { (year, quarters), (year, months) };
        groups.AddRange(quarters.Select(q => (q, months.Where(m => q.Contains(m.Start)).ToList())));
        return groups;
    }
}
