using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Disclosure;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Practice.Data;
using Consortium.Practice.Policy;
using Consortium.Synthetic;
using Consortium.Tenancy;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Consortium.Metrics.Tests.Disclosure;

/// <summary>
/// The differencing attack of the threat model, run on everything an authority shares: a backfill of its history and
/// then a share every day for four weeks, with new referrals in between, across a month's and a quarter's end.
/// </summary>
public sealed class DifferencingAttackTests(ITestOutputHelper output)
{
    private const int Days = 28;
    private static readonly DateTimeOffset Start = new(2026, 9, 14, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task No_small_cell_of_an_authority_with_many_small_cells_can_be_worked_out_after_daily_shares()
    {
        var findings = await AttackAfterDailySharesAsync("wokingham", async (host, tenant) =>
            await host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(tenant, referralsPerYear: 70, years: 2, seed: 12));

        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Theory]
    [InlineData("brent")]
    [InlineData("bristol")]
    [InlineData("leicestershire")]
    [InlineData("lincolnshire")]
    [InlineData("norfolk")]
    [InlineData("suffolk")]
    [InlineData("tower-hamlets")]
    [InlineData("wakefield")]
    [InlineData("west-sussex")]
    [InlineData("wokingham")]
    public async Task No_small_cell_of_an_authoritys_demo_data_can_be_worked_out_after_daily_shares(string slug)
    {
        var findings = await AttackAfterDailySharesAsync(slug, async (host, tenant) =>
        {
            var consortium = await host.Services.GetRequiredService<ITenantDirectory>().GetAllAsync();
            var demo = new DemoDataOptions { ChildrenPerAuthority = 12, HistoryYears = 2, VolumeFraction = 0.1 };
            await host.Services.GetRequiredService<DemoSeeder>().SeedDemoAsync(tenant, consortium, demo);
        });

        Assert.True(findings.Count == 0, Describe(findings));
    }

    private async Task<IReadOnlyList<DifferencingAttack.Finding>> AttackAfterDailySharesAsync(string slug, Func<MetricsTestHost, TenantInfo, Task> seed)
    {
        var clock = new SteppedClock(Start);
        await using var host = new MetricsTestHost(clock: clock);
        var tenant = await host.ProvisionedAsync(slug);
        await seed(host, tenant);
        var publisher = host.Services.GetRequiredService<IndicatorPublisher>();
        var firstYear = ReportingPeriod.YearOf(DateOnly.FromDateTime(Start.UtcDateTime)).ReportingYear - 1;
        await publisher.BackfillAsync(tenant, firstYear, SnapshotReason.Backfill);

        var random = new Random(20261205);
        for (var day = 0; day < Days; day++)
        {
            clock.NextDay();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var referrals = random.Next(0, 3);
            await host.As(tenant, async sp =>
            {
                var book = new Casebook(sp.GetRequiredService<PracticeDbContext>(), firstNumber: 900_000 + (day * 10));
                for (var i = 0; i < referrals; i++)
                {
                    book.Case(book.Child(), today.AddDays(-random.Next(0, 3)));
                }

                await book.SaveAsync();
            });
            await publisher.PublishRecentAsync(tenant, SnapshotReason.Daily);
        }

        var end = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var periods = Enumerable.Range(firstYear, ReportingPeriod.YearOf(end).ReportingYear - firstYear + 1)
            .SelectMany(y => IndicatorPublisher.PeriodsWithin(ReportingPeriod.Year(y))).Where(p => p.Start <= end).ToList();
        return await host.As(tenant, async sp =>
        {
            var shares = (await sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Body).ToListAsync())
                .Select(b => JsonSerializer.Deserialize<IndicatorSnapshotPublished>(b, ContractJson.Options)!).ToList();
            var indicators = sp.GetRequiredService<AuthorityIndicators>();
            var truth = new Dictionary<Quantity, long>();
            var primaryOnly = 0;
            foreach (var period in periods)
            {
                var computed = await indicators.ForAsync(period);
                primaryOnly += computed.Count(i => i.Shared.Status == ValueStatus.Available);
                foreach (var (quantity, value) in TrueQuantities.Of(period, computed.Select(i => i.Measure)))
                {
                    truth[quantity] = value;
                }
            }

            // What the method costs in information: cells the hub holds a number for, against primary suppression alone.
            var latest = shares.GroupBy(s => s.Period).Select(g => g.MaxBy(s => s.ComputedAt)!).ToList();
            var audits = latest.SelectMany(l => l.Values).Where(v => IndicatorCatalogue.Get(v.Indicator).Group == IndicatorGroup.Quality).ToList();
            output.WriteLine($"{slug}: audit cells published {audits.Count(v => v.Status == ValueStatus.Available)}, suppressed {audits.Count(v => v.Status == ValueStatus.Suppressed)}, other {audits.Count(v => v.Status is not (ValueStatus.Available or ValueStatus.Suppressed))}; audits completed in reporting year {firstYear} {truth.GetValueOrDefault(new Quantity(ReportingPeriod.Year(firstYear), IndicatorCatalogue.Get(IndicatorCode.QA_AUDIT_GOOD).Denominator!))}");
            output.WriteLine($"{slug}: {shares.Count} snapshots shared; of the latest of {latest.Count} periods, {latest.Sum(s => s.Values.Count(v => v.Status == ValueStatus.Available))} cells published; primary suppression alone would publish {primaryOnly} of {periods.Count} periods; never shared: {string.Join(", ", periods.Except(latest.Select(l => l.Period)).Select(p => p.Key))}");

            var threshold = sp.GetRequiredService<IOptionsSnapshot<PracticePolicy>>().Value.Disclosure.SuppressionThreshold;
            return DifferencingAttack.Run(shares, truth, periods, Math.Max(threshold, DisclosureControl.MinimumThreshold));
        });
    }

    private static string Describe(IReadOnlyList<DifferencingAttack.Finding> findings) =>
        $"{findings.Count} small cells worked out or narrowed, e.g.:\n" + string.Join("\n", findings.Take(15));
}
