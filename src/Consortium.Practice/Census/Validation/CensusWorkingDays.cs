using Consortium.Practice.Calendar;

namespace Consortium.Practice.Census.Validation;

/// <summary>
/// Working days as the Department's rules count them: England's, from the bank holiday table shipped with the product
/// (the rules check a file, so they read the table itself rather than an authority's added holidays).
/// </summary>
internal static class CensusWorkingDays
{
    private static readonly Lazy<WorkingDayCalculator> Calculator = new(() => new WorkingDayCalculator(BankHolidayCalendar.Load()));

    /// <summary>Whether <paramref name="day"/> is more than <paramref name="workingDays"/> working days before <paramref name="end"/>.</summary>
    public static bool MoreThanBefore(DateOnly day, DateOnly end, int workingDays) => Calculator.Value.WorkingDaysBetween(day, end) > workingDays;
}
