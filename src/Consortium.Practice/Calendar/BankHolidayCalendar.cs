using System.Globalization;

namespace Consortium.Practice.Calendar;

/// <summary>
/// England's bank holidays: the shipped table (through 2030) plus any an operator adds in configuration
/// (Calendar:AdditionalBankHolidays). It covers whole years, from the first year in the table to the last.
/// </summary>
public sealed class BankHolidayCalendar
{
    private readonly Dictionary<DateOnly, string> _holidays;

    public BankHolidayCalendar(IReadOnlyDictionary<DateOnly, string> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        if (holidays.Count == 0)
        {
            throw new ArgumentException("A bank holiday calendar needs at least one date.", nameof(holidays));
        }

        _holidays = new Dictionary<DateOnly, string>(holidays);
        CoversFrom = new DateOnly(_holidays.Keys.Min().Year, 1, 1);
        CoversThrough = new DateOnly(_holidays.Keys.Max().Year, 12, 31);
    }

    public DateOnly CoversFrom { get; }

    public DateOnly CoversThrough { get; }

    public IReadOnlyDictionary<DateOnly, string> Holidays => _holidays;

    public bool IsBankHoliday(DateOnly date)
    {
        if (date < CoversFrom || date > CoversThrough)
        {
            throw new CalendarNotCoveredException(date, CoversFrom, CoversThrough);
        }

        return _holidays.ContainsKey(date);
    }

    /// <summary>The shipped table with the operator's additions (date "yyyy-MM-dd" to name).</summary>
    public static BankHolidayCalendar Load(IReadOnlyDictionary<string, string>? additional = null)
    {
        var holidays = new Dictionary<DateOnly, string>();
        using (var stream = typeof(BankHolidayCalendar).Assembly.GetManifestResourceStream("Consortium.Practice.bank-holidays-england.csv")
            ?? throw new InvalidOperationException("The bank holiday table is missing from the build."))
        using (var reader = new StreamReader(stream))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(',', 3);
                if (parts.Length >= 2)
                {
                    holidays[DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)] = parts[1];
                }
            }
        }

        foreach (var (date, name) in additional ?? new Dictionary<string, string>())
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new FormatException($"Calendar:AdditionalBankHolidays has '{date}', which is not a date written as yyyy-MM-dd.");
            }

            holidays[day] = name;
        }

        return new BankHolidayCalendar(holidays);
    }
}
