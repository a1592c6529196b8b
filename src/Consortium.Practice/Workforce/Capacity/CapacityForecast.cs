namespace Consortium.Practice.Workforce.Capacity;

/// <summary>
/// How many of a group hold a level month by month: each month the holders shrink by a twelfth of the annual turnover
/// (leavers are replaced by starters who do not hold it), and the places of courses ending that month add holders, up
/// to the size of the group. Pure: the same inputs give the same months.
/// </summary>
public static class CapacityForecast
{
    public sealed record Month(DateOnly Start, decimal Holders, decimal Percent);

    /// <param name="placesByMonth">Places of scheduled courses, by the first day of the month their last day falls in.</param>
    public static IReadOnlyList<Month> Project(int group, int holdersNow, decimal annualTurnoverPercent, IReadOnlyDictionary<DateOnly, int> placesByMonth, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(placesByMonth);
        var monthlyLoss = annualTurnoverPercent / 100m / 12m;
        var months = new List<Month>();
        decimal holders = holdersNow;
        for (var month = FirstOfMonth(from); month <= FirstOfMonth(to); month = month.AddMonths(1))
        {
            if (months.Count > 0)
            {
                holders *= 1 - monthlyLoss;
            }

            holders = Math.Min(group, holders + placesByMonth.GetValueOrDefault(month));
            months.Add(new(month, Math.Round(holders, 2, MidpointRounding.AwayFromZero), group == 0 ? 0 : Math.Round(100m * holders / group, 1, MidpointRounding.AwayFromZero)));
        }

        return months;
    }

    /// <summary>
    /// Places needed by the target date: the target number of holders less those expected to remain by then from the
    /// holders today, after turnover, rounded up to whole people.
    /// </summary>
    public static int PlacesNeeded(int group, int holdersNow, decimal annualTurnoverPercent, decimal targetPercent, int months)
    {
        var target = Math.Ceiling(group * targetPercent / 100m);
        var remaining = holdersNow * Pow(1 - (annualTurnoverPercent / 100m / 12m), months);
        return (int)Math.Max(0, Math.Ceiling(target - remaining));
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static decimal Pow(decimal value, int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= value;
        }

        return result;
    }
}
