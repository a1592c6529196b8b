using Consortium.Contracts;
using Consortium.Hub.Comparison;

namespace Consortium.Hub.Tests;

public sealed class PeriodKeysTests
{
    public static TheoryData<ReportingPeriod> Periods => new()
    {
        ReportingPeriod.Year(2024),
        ReportingPeriod.QuarterOf(new DateOnly(2025, 8, 1)),
        ReportingPeriod.QuarterOf(new DateOnly(2026, 2, 1)),
        ReportingPeriod.MonthOf(new DateOnly(2025, 7, 15)),
        ReportingPeriod.MonthOf(new DateOnly(2025, 12, 1)),
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void A_period_reads_back_from_its_key(ReportingPeriod period)
    {
        Assert.True(PeriodKeys.TryParse(period.Key, out var parsed));
        Assert.Equal(period, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025")]
    [InlineData("2025-28")]
    [InlineData("2025-13")]
    [InlineData("2025-07 Q1")]
    [InlineData("2025-26 Q5")]
    [InlineData("'; drop table")]
    public void Anything_else_is_not_a_period(string key) => Assert.False(PeriodKeys.TryParse(key, out _));
}
