using Consortium.Practice.Calendar;

namespace Consortium.Practice.Tests.Calendar;

public sealed class WorkingDayCalculatorTests
{
    private static readonly WorkingDayCalculator Days = new(BankHolidayCalendar.Load());

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-03-03", 5, "2025-03-10")] // Monday + 5 working days = next Monday
    [InlineData("2025-03-07", 1, "2025-03-10")] // Friday + 1 skips the weekend
    [InlineData("2025-03-08", 1, "2025-03-10")] // from a Saturday
    [InlineData("2025-04-17", 1, "2025-04-22")] // Thursday before Easter: Good Friday and Easter Monday skipped
    [InlineData("2025-12-24", 1, "2025-12-29")] // Christmas Day and Boxing Day, then the weekend
    [InlineData("2025-12-31", 1, "2026-01-02")] // across the year end: New Year's Day
    [InlineData("2021-12-24", 1, "2021-12-29")] // Christmas on a Saturday: substitute days on 27 and 28
    [InlineData("2022-09-16", 1, "2022-09-20")] // the State Funeral of Queen Elizabeth II
    [InlineData("2022-06-01", 1, "2022-06-06")] // the moved spring bank holiday and the Platinum Jubilee
    [InlineData("2025-03-03", 0, "2025-03-03")]
    public void Adds_working_days_over_weekends_bank_holidays_and_year_ends(string start, int days, string expected) =>
        Assert.Equal(D(expected), Days.AddWorkingDays(D(start), days));

    [Fact]
    public void A_45_working_day_assessment_from_a_november_referral_ends_after_christmas_and_new_year()
    {
        // 19 working days in November after the 3rd, 21 in December (less Christmas and Boxing Day),
        // then 2, 5, 6, 7 and 8 January (New Year's Day is not one).
        var due = Days.AddWorkingDays(D("2025-11-03"), 45);

        Assert.Equal(D("2026-01-08"), due);
        Assert.Equal(45, Days.WorkingDaysBetween(D("2025-11-03"), due));
    }

    [Theory]
    [InlineData("2025-03-03", "2025-03-10", 5)]
    [InlineData("2025-03-10", "2025-03-03", -5)]
    [InlineData("2025-03-08", "2025-03-09", 0)]
    [InlineData("2025-12-24", "2026-01-02", 4)] // 29, 30, 31 Dec and 2 Jan
    public void Counts_working_days_between_two_dates(string from, string to, int expected) =>
        Assert.Equal(expected, Days.WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData("2025-12-25", false)]
    [InlineData("2026-08-31", false)]
    [InlineData("2030-12-25", false)]
    [InlineData("2030-12-27", true)]
    [InlineData("2025-06-14", false)]
    public void Knows_which_days_are_working_days(string date, bool expected) =>
        Assert.Equal(expected, Days.IsWorkingDay(D(date)));

    [Fact]
    public void Refuses_to_guess_beyond_the_table()
    {
        var error = Assert.Throws<CalendarNotCoveredException>(() => Days.AddWorkingDays(D("2030-12-30"), 5));
        Assert.Contains("Calendar:AdditionalBankHolidays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_extends_the_table_by_configuration()
    {
        var extended = new WorkingDayCalculator(BankHolidayCalendar.Load(new Dictionary<string, string>
        {
            ["2031-01-01"] = "New Year's Day",
        }));

        Assert.Equal(D("2031-01-02"), extended.AddWorkingDays(D("2030-12-31"), 1));
    }

    [Fact]
    public void A_badly_written_added_date_is_reported() =>
        Assert.Throws<FormatException>(() => BankHolidayCalendar.Load(new Dictionary<string, string> { ["01/01/2031"] = "New Year's Day" }));

    [Fact]
    public void The_table_covers_2014_to_2030_with_eight_or_more_holidays_a_year()
    {
        var calendar = BankHolidayCalendar.Load();
        Assert.Equal(D("2014-01-01"), calendar.CoversFrom);
        Assert.Equal(D("2030-12-31"), calendar.CoversThrough);
        Assert.All(Enumerable.Range(2014, 17), year => Assert.InRange(calendar.Holidays.Keys.Count(d => d.Year == year), 8, 10));
    }
}
