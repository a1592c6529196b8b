using Consortium.Contracts;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Synthetic;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>
/// A share computes several periods at once (each kind of item read once over all of them, the figures as at a
/// period's end once per end): every period's measures are exactly those of computing that period alone.
/// </summary>
public sealed class SeveralPeriodsTogetherTests : IAsyncLifetime
{
    private readonly MetricsTestHost _host = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync()
    {
        _tenant = await _host.ProvisionedAsync("wakefield");
        await _host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(_tenant, 900, 3, 11);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<int> DaysAgo => [0, 40, 100, 400];

    [Theory]
    [MemberData(nameof(DaysAgo))]
    public async Task Each_period_computed_with_others_has_exactly_the_measures_of_computing_it_alone(int daysAgo)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo);
        var settings = new ComputationSettings(5, 100_000, 90, Today: today);
        // The six periods a share sends (this and the previous month, quarter and year, the current ones cut short by
        // today), one further back, and one that has not started yet.
        var periods = new List<ReportingPeriod>();
        foreach (var current in new[] { ReportingPeriod.MonthOf(today), ReportingPeriod.QuarterOf(today), ReportingPeriod.YearOf(today) })
        {
            periods.Add(current.Previous());
            periods.Add(current);
        }

        periods.Add(ReportingPeriod.YearOf(today.AddYears(-2)));
        periods.Add(ReportingPeriod.MonthOf(today.AddMonths(2)));

        var together = await _host.As(_tenant, async sp =>
            await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), periods, settings));

        Assert.Equal(periods, together.Select(t => t.Period));
        var compared = 0;
        foreach (var (period, measures) in together)
        {
            var alone = await _host.As(_tenant, async sp =>
                await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), period, settings));
            Assert.Equal(Describe(alone), Describe(measures));
            compared += measures.Count(m => m.Denominator > 0 || m.Numerator > 0);
        }

        Assert.True(compared > 60, $"the synthetic authority has figures to compare ({compared})");
    }

    /// <summary>Every measure in order: indicator, numerator, denominator and its samples in order of size.</summary>
    private static List<string> Describe(IReadOnlyList<Measure> measures) =>
        [.. measures.Select(m => $"{m.Indicator} {m.Numerator}/{m.Denominator} [{string.Join(", ", (m.Samples ?? []).Order())}]")];
}
