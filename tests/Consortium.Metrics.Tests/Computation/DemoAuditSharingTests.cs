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
/// What the "Done when" needs: the demo history at the embedded default's volume should give the smaller
/// members (Wokingham the smallest, Brent and Tower Hamlets) a reporting year's QA_AUDIT_GOOD that leaves the authority
/// as a number after linked suppression, so the hub has something to compare. It does not yet (see Skip).
/// </summary>
public sealed class DemoAuditSharingTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 9, 14, 6, 0, 0, TimeSpan.Zero);

    [Theory(Skip = "Known gap, measured 7 December 2026: the reporting year 2025-26 goes out with every audit cell suppressed after linked suppression although none of its own quantities is small (Wokingham 123 audits, grades 11/58/44/10; with audits raised to about 300 a year, 173 to 363 audits, every grade 14 or more, and with months left out, the same). Diagnosed by running LinkedSuppression on Wokingham's true quantities: with only the year, or with every identity but the sums over periods, nothing of the year is hidden; with the period sums and no grade identities, the year's grades 1, 3 and 4 are hidden; the grade identities then carry it to the shared denominator. Small monthly and quarterly grade counts hide the year because the method hides the smallest non-zero quantity of an identity, which is the year's when the months left are zeros.")]
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


        var good = audits.Single(v => v.Indicator == IndicatorCode.QA_AUDIT_GOOD);
        Assert.Equal(ValueStatus.Available, good.Status);
        Assert.InRange(good.Value!.Value, 30m, 90m);
        Assert.True(good.Denominator > 50, $"{good.Denominator} audits completed");
        Assert.Equal(2, shared.CatalogueVersion);
    }
}
