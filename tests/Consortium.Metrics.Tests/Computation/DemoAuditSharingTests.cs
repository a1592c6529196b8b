using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Metrics.Tests.Disclosure;
using Consortium.Synthetic;
using Consortium.Tenancy.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>
/// What the "Done when" needs: the demo history at the embedded default's volume gives the smaller members
/// (Wokingham the smallest, Brent and Tower Hamlets) a reporting year's QA_AUDIT_GOOD that leaves the authority as a
/// number after linked suppression, so the hub has something to compare. It did not while audits were shared by month
/// and quarter too: the small monthly grade counts, linked to the year, hid the year's cells (the method hides the
/// smallest non-zero quantity of an identity, which was the year's when the other months were zeros).
/// </summary>
public sealed class DemoAuditSharingTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 9, 14, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("wokingham")]
    [InlineData("brent")]
    [InlineData("tower-hamlets")]
    public async Task A_members_demo_history_shares_a_reporting_years_audits_good_or_better_as_a_number(string slug)
    {
        await using var host = new MetricsTestHost(clock: new SteppedClock(Start));
        var tenant = await host.ProvisionedAsync(slug);
        var consortium = await host.Services.GetRequiredService<ITenantDirectory>().GetAllAsync();
        await host.Services.GetRequiredService<DemoSeeder>().SeedDemoAsync(tenant, consortium, new DemoDataOptions { ChildrenPerAuthority = 12, HistoryYears = 2, VolumeFraction = 1.0 });
        var year = ReportingPeriod.Year(2025);

        await host.Services.GetRequiredService<IndicatorPublisher>().BackfillAsync(tenant, year.ReportingYear, SnapshotReason.Backfill);

        var shared = await host.As(tenant, async sp => (await sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Body).ToListAsync())
            .Select(b => JsonSerializer.Deserialize<IndicatorSnapshotPublished>(b, ContractJson.Options)!).Last(s => s.Period == year));
        var audits = shared.Values.Where(v => IndicatorCatalogue.Get(v.Indicator).Group == IndicatorGroup.Quality).ToList();
        output.WriteLine(string.Join("; ", audits.Select(v => $"{v.Indicator} {v.Status} {v.Value} ({v.Numerator} of {v.Denominator})")));
        foreach (var period in IndicatorPublisher.PeriodsWithin(year))
        {
            var truth = await host.As(tenant, sp => sp.GetRequiredService<AuthorityIndicators>().ForAsync(period));
            output.WriteLine($"{period.Key}: " + string.Join("; ", truth.Where(t => IndicatorCatalogue.Get(t.Measure.Indicator).Group == IndicatorGroup.Quality)
                .Select(t => $"{t.Measure.Indicator} {t.Measure.Numerator}/{t.Measure.Denominator} {t.Shared.Status}")));
        }


        var months = await host.As(tenant, async sp => (await sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Body).ToListAsync())
            .Select(b => JsonSerializer.Deserialize<IndicatorSnapshotPublished>(b, ContractJson.Options)!).Where(s => s.Period.Kind != PeriodKind.ReportingYear).ToList());
        Assert.NotEmpty(months);
        Assert.All(months.SelectMany(s => s.Values).Where(v => IndicatorCatalogue.Get(v.Indicator).Group == IndicatorGroup.Quality),
            v => Assert.Equal((ValueStatus.Unavailable, null, null, null), (v.Status, v.Value, v.Numerator, v.Denominator)));

        var good = audits.Single(v => v.Indicator == IndicatorCode.QA_AUDIT_GOOD);
        Assert.Equal(ValueStatus.Available, good.Status);
        Assert.InRange(good.Value!.Value, 30m, 90m);
        Assert.True(good.Denominator > 50, $"{good.Denominator} audits completed");
        Assert.Equal(IndicatorCatalogue.Version, shared.CatalogueVersion);
    }
}
