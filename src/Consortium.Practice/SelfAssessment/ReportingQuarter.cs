using System.Globalization;
using System.Text.RegularExpressions;

namespace Consortium.Practice.SelfAssessment;

/// <summary>A quarter of the reporting year (1 April to 31 March) by its first day, named as the hub names it: "2026-27 Q3".</summary>
public static partial class ReportingQuarter
{
    public static DateOnly StartOf(DateOnly day)
    {
        var monthsIntoYear = (day.Month + 8) % 12;
        return new DateOnly(day.Year, day.Month, 1).AddMonths(-(monthsIntoYear % 3));
    }

    public static string Key(DateOnly start)
    {
        var year = start.Month >= 4 ? start.Year : start.Year - 1;
        var quarter = ((start.Month + 8) % 12 / 3) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{year}-{(year + 1) % 100:00} Q{quarter}");
    }

    public static bool TryParse(string? key, out DateOnly start)
    {
        start = default;
        var match = Pattern().Match(key?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) != (year + 1) % 100)
        {
            return false;
        }

        start = new DateOnly(year, 4, 1).AddMonths(3 * (int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) - 1));
        return true;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2}) Q([1-4])$")]
    private static partial Regex Pattern();
}
