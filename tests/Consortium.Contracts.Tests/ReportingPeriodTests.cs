using System.Globalization;

namespace Consortium.Contracts.Tests;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData("2025-04-01", "2025-26", "2025-04-01", "2026-03-31")]
    [InlineData("2026-03-31", "2025-26", "2025-04-01", "2026-03-31")]
    [InlineData("2026-04-01", "2026-27", "2026-04-01", "2027-03-31")]
    public void The_reporting_year_runs_from_1_April_to_31_March(string day, string key, string start, string end)
    {
        var year = ReportingPeriod.YearOf(DateOnly.Parse(day, CultureInfo.InvariantCulture));

        Assert.Equal(key, year.Key);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), year.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), year.End);
    }

    [Theory]
    [InlineData("2025-04-15", "2025-26 Q1", "2025-04-01", "2025-06-30")]
    [InlineData("2025-12-31", "2025-26 Q3", "2025-10-01", "2025-12-31")]
    [InlineData("2026-02-01", "2025-26 Q4", "2026-01-01", "2026-03-31")]
    public void Quarters_are_quarters_of_the_reporting_year(string day, string key, string start, string end)
    {
        var quarter = ReportingPeriod.QuarterOf(DateOnly.Parse(day, CultureInfo.InvariantCulture));

        Assert.Equal(key, quarter.Key);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), quarter.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), quarter.End);
    }

    [Fact]
    public void A_month_in_a_leap_year_ends_on_the_29th() =>
        Assert.Equal(new DateOnly(2028, 2, 29), ReportingPeriod.MonthOf(new DateOnly(2028, 2, 10)).End);

    [Theory]
    [InlineData(PeriodKind.ReportingYear, "2025-01-01")]
    [InlineData(PeriodKind.Quarter, "2025-05-01")]
    [InlineData(PeriodKind.Month, "2025-05-02")]
    public void A_period_that_does_not_start_on_its_boundary_is_refused(PeriodKind kind, string start) =>
        Assert.Throws<ArgumentException>(() => new ReportingPeriod(kind, DateOnly.Parse(start, CultureInfo.InvariantCulture)));

    [Fact]
    public void Previous_and_next_step_by_the_periods_length()
    {
        var q1 = ReportingPeriod.QuarterOf(new DateOnly(2025, 5, 1));

        Assert.Equal("2024-25 Q4", q1.Previous().Key);
        Assert.Equal("2025-26 Q2", q1.Next().Key);
        Assert.Equal("2024-25", ReportingPeriod.Year(2025).Previous().Key);
    }

    [Theory]
    [InlineData("2025-26")]
    [InlineData("2025-26 Q1")]
    [InlineData("2025-26 Q4")]
    [InlineData("2025-07")]
    [InlineData("2026-01")]
    public void A_key_reads_back_as_the_same_period(string key)
    {
        Assert.True(ReportingPeriod.TryParse(key, out var period));
        Assert.Equal(key, period.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-27")]
    [InlineData("2025-26 Q5")]
    [InlineData("2025-13")]
    [InlineData("<script>")]
    [InlineData("2025-26 Q1 extra")]
    public void Anything_else_is_not_a_period(string? key) => Assert.False(ReportingPeriod.TryParse(key, out _));
}
