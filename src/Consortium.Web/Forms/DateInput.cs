using System.Globalization;
using Consortium.Practice.Calendar;

namespace Consortium.Web.Forms;

/// <summary>The GOV.UK date input: day, month and year typed separately, with a message for each way it can be wrong.</summary>
public sealed class DateInput
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInput From(DateOnly? date) => date is { } d
        ? new DateInput { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateInput();

    /// <summary>The date, or a message naming what is missing or wrong ("<paramref name="what"/> must include a year").</summary>
    public (DateOnly? Date, string? Error) Parse(string what)
    {
        if (IsEmpty)
        {
            return (null, null);
        }

        var missing = new[] { (Day, "day"), (Month, "month"), (Year, "year") }.Where(p => string.IsNullOrWhiteSpace(p.Item1)).Select(p => p.Item2).ToList();
        if (missing.Count > 0)
        {
            return (null, $"{what} must include a {string.Join(" and a ", missing)}");
        }

        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && RecordableDates.HasYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return (new DateOnly(year, month, day), null);
        }

        return (null, $"{what} must be a real date");
    }
}
