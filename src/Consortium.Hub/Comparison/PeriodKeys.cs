using System.Globalization;
using System.Text.RegularExpressions;
using Consortium.Contracts;

namespace Consortium.Hub.Comparison;

/// <summary>
/// Reads a period back from its key ("2025-26", "2025-26 Q2", "2025-07"), as typed in an address. "yyyy-yy" with the
/// next year's two digits is a reporting year; otherwise "yyyy-MM" is a month.
/// </summary>
public static partial class PeriodKeys
{
    public static bool TryParse(string? key, out ReportingPeriod period)
    {
        period = null!;
        var match = KeyPattern().Match(key?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var two = int.Parse(match.Groups["two"].Value, CultureInfo.InvariantCulture);
        if (year < 1900)
        {
            return false;
        }

        if (two == (year + 1) % 100)
        {
            var reportingYear = ReportingPeriod.Year(year);
            period = match.Groups["quarter"].Success
                ? new ReportingPeriod(PeriodKind.Quarter, reportingYear.Start.AddMonths((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3))
                : reportingYear;
            return true;
        }

        if (match.Groups["quarter"].Success || two is < 1 or > 12)
        {
            return false;
        }

        period = new ReportingPeriod(PeriodKind.Month, new DateOnly(year, two, 1));
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<two>\d{2})( Q(?<quarter>[1-4]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
