using System.Globalization;
using Consortium.Benchmarks;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Maps;
using Consortium.Practice.SafetyPlanning;
using Consortium.Synthetic;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>
/// IndicatorComputer and the catalogue written independently by hand in SQL (the benchmark's baseline) count every
/// casework indicator the same (the workforce group is counted from the staff directory, not casework, and is checked
/// against hand-computed census figures in WorkforceIndicatorTests), on a synthetic authority and on hand-built edge cases, for months, quarters, years and a
/// period cut short by today.
/// </summary>
public sealed class HandWrittenCatalogueAgreementTests : IAsyncLifetime
{
    private const double Tolerance = 1e-9;
    private readonly MetricsTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task Both_count_a_synthetic_authority_the_same_for_every_kind_of_period()
    {
        var tenant = await _host.ProvisionedAsync("wakefield");
        await _host.Services.GetRequiredService<BulkSyntheticSeeder>().SeedAsync(tenant, 900, 4, 7);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var disagreements = new List<string>();
        disagreements.AddRange(await DisagreementsAsync(tenant, ReportingPeriod.YearOf(today.AddYears(-2))));
        disagreements.AddRange(await DisagreementsAsync(tenant, ReportingPeriod.YearOf(today.AddYears(-1))));
        disagreements.AddRange(await DisagreementsAsync(tenant, ReportingPeriod.QuarterOf(today.AddMonths(-7))));
        disagreements.AddRange(await DisagreementsAsync(tenant, ReportingPeriod.MonthOf(today.AddMonths(-13))));
        disagreements.AddRange(await DisagreementsAsync(tenant, ReportingPeriod.YearOf(today), today));
        disagreements.AddRange(await DisagreementsAsync(tenant, ReportingPeriod.YearOf(today.AddYears(-1)), ReportingPeriod.YearOf(today.AddYears(-1)).Start.AddMonths(7)));

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        Assert.True((await FractionAsync(tenant, IndicatorCode.CPP_REVIEWED, ReportingPeriod.YearOf(today.AddYears(-1)))).Denominator > 20, "the synthetic year has plans due a review");
    }

    [Fact]
    public async Task Both_count_the_edge_cases_of_days_months_and_ties_the_same()
    {
        var tenant = await _host.ProvisionedAsync("suffolk");
        await _host.As(tenant, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var b = new Casebook(db);
            EdgeCases(b, db);
            await b.SaveAsync();
        });

        var disagreements = new List<string>();
        foreach (var (period, today) in new (ReportingPeriod, DateOnly?)[]
        {
            (ReportingPeriod.Year(2023), null), (ReportingPeriod.Year(2025), null), (ReportingPeriod.QuarterOf(D(2026, 2, 15)), null),
            (ReportingPeriod.MonthOf(D(2026, 2, 15)), null), (ReportingPeriod.MonthOf(D(2024, 2, 15)), null), (ReportingPeriod.Year(2025), D(2026, 1, 10)),
        })
        {
            disagreements.AddRange(await DisagreementsAsync(tenant, period, today));
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        // Reviews due on 28 February (30 November and 31 August plus months) were counted: the month-end cases were exercised.
        Assert.Equal((2L, 6L), await FractionAsync(tenant, IndicatorCode.CPP_REVIEWED, ReportingPeriod.Year(2025)));
    }

    /// <summary>Dates where .NET's and SQLite's calendar arithmetic part, same-day ties, open work at the period end, ratings of a pair.</summary>
    private static void EdgeCases(Casebook b, PracticeDbContext db)
    {
        var leap = b.Child();
        b.Case(leap, D(2023, 3, 1), (CaseStage.Closed, D(2023, 3, 20)));
        b.Case(leap, D(2024, 2, 29), (CaseStage.Assessment, D(2024, 3, 1)), (CaseStage.ChildInNeedPlan, D(2024, 4, 30)));
        var dayBefore = b.Child();
        b.Case(dayBefore, D(2023, 2, 28), (CaseStage.Closed, D(2023, 3, 20)));
        b.Case(dayBefore, D(2024, 2, 29), (CaseStage.Closed, D(2024, 3, 5)));

        var longPlan = b.Case(b.Child(), D(2024, 2, 29), ToPlan(D(2024, 2, 29)));
        b.Case(b.Child(), D(2024, 2, 29), [.. ToPlan(D(2024, 2, 29)), (CaseStage.Closed, D(2026, 2, 28))]);
        b.Review(longPlan, D(2024, 5, 29));

        var twins = b.Child();
        b.Case(twins, D(2025, 6, 2), ToPlan(D(2025, 6, 2)));
        b.Case(twins, D(2025, 6, 2), ToPlan(D(2025, 6, 2)));

        var monthEnd = b.Case(b.Child(), D(2025, 11, 30), ToPlan(D(2025, 11, 30)));
        b.Review(monthEnd, D(2026, 2, 28));
        var dayLate = b.Case(b.Child(), D(2025, 11, 30), ToPlan(D(2025, 11, 30)));
        b.Review(dayLate, D(2026, 3, 1));
        var kept = b.Case(b.Child(), D(2025, 5, 31), ToPlan(D(2025, 5, 31)));
        b.Review(kept, D(2025, 8, 31));
        b.Review(kept, D(2026, 2, 28));
        b.Network(kept, knowing: 3);
        b.Plan(kept, 1, PlanStatus.Agreed);
        b.Map(kept, D(2026, 1, 1), 1, (null, 3), ("Health", 5));
        b.Map(kept, D(2026, 3, 31), 2, (null, 6), ("", 4), ("Social care", 7));
        b.DirectWork(kept, DirectWorkTool.SafetyHouse, D(2026, 3, 31));
        b.DirectWork(kept, DirectWorkTool.WordsAndPictures, D(2026, 4, 1));

        var closed = b.Case(b.Child(), D(2025, 4, 17), (CaseStage.Assessment, D(2025, 4, 17)), (CaseStage.ChildInNeedPlan, D(2025, 6, 25)), (CaseStage.Closed, D(2026, 1, 31)));
        b.Map(closed, D(2025, 5, 1), 1, (null, 2), ("Social care", 4));
        var professionalsOnly = b.Map(closed, D(2025, 9, 1), 2, ("Health", 9));
        db.SafetyRatings.Add(new SafetyRating
        {
            MapId = professionalsOnly.Id, PairId = Guid.NewGuid(), PersonName = "Child", PersonRole = "Child", Score = 1, Why = "Test",
            RatedOn = professionalsOnly.MapDate, RecordedBy = "test",
        });
        b.Map(closed, D(2025, 11, 1), 3, (null, 6), ("Social care", 7), ("Health", 8));
        b.Case(b.Child(), D(2025, 5, 1), (CaseStage.StrategyDiscussion, D(2025, 5, 2)), (CaseStage.Section47Enquiry, D(2025, 5, 2)),
            (CaseStage.InitialConference, D(2025, 5, 27)));
        b.Case(b.Child(), D(2026, 3, 31), (CaseStage.Closed, D(2026, 3, 31)));
    }

    private static (CaseStage, DateOnly)[] ToPlan(DateOnly planStart) =>
    [
        (CaseStage.StrategyDiscussion, planStart), (CaseStage.Section47Enquiry, planStart),
        (CaseStage.InitialConference, planStart), (CaseStage.ChildProtectionPlan, planStart),
    ];

    private Task<(long? Numerator, long? Denominator)> FractionAsync(TenantInfo tenant, IndicatorCode indicator, ReportingPeriod period) => _host.As(tenant, async sp =>
    {
        var measure = (await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), period, Settings(null))).Single(m => m.Indicator == indicator);
        return (measure.Numerator, measure.Denominator);
    });

    private static ComputationSettings Settings(DateOnly? today) => new(5, 100_000, 90, Today: today);

    private Task<List<string>> DisagreementsAsync(TenantInfo tenant, ReportingPeriod period, DateOnly? today = null) => _host.As(tenant, async sp =>
    {
        var db = sp.GetRequiredService<MetricsDbContext>();
        var settings = Settings(today);
        var computed = (await IndicatorComputer.ComputeAsync(db, period, settings))
            .Where(m => IndicatorCatalogue.Get(m.Indicator).Group != IndicatorGroup.Workforce).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var written = (await HandWrittenCatalogue.RunAsync(connection, tenant.Id, period, settings)).ToDictionary(m => m.Indicator);

        var label = string.Create(CultureInfo.InvariantCulture, $"{period.Key}{(today is { } t ? $" as at {t:yyyy-MM-dd}" : "")}");
        var disagreements = new List<string>();
        if (written.Count != IndicatorCatalogue.All.Count(d => d.Group != IndicatorGroup.Workforce) || computed.Count != written.Count)
        {
            disagreements.Add($"{label}: the SQL gave {written.Count} indicators, IndicatorComputer {computed.Count}");
        }

        foreach (var measure in computed)
        {
            var sql = written.GetValueOrDefault(measure.Indicator);
            var expected = Expected(measure);
            if (sql is null || !Agrees(expected, sql))
            {
                disagreements.Add($"{label} {measure.Indicator}: IndicatorComputer {expected}, SQL {sql}");
            }
        }

        return disagreements;
    });

    private static HandWrittenMeasure Expected(Measure measure)
    {
        if (measure.Samples is not { } samples)
        {
            return new HandWrittenMeasure(measure.Indicator, measure.Numerator, measure.Denominator, null, null, null);
        }

        var sorted = samples.Order().ToList();
        double? At(decimal fraction) => sorted.Count == 0 ? null : (double)Percentiles.Of(sorted, fraction);
        return new HandWrittenMeasure(measure.Indicator, null, sorted.Count, At(0.25m), At(0.5m), At(0.75m));
    }

    private static bool Agrees(HandWrittenMeasure expected, HandWrittenMeasure sql) =>
        expected.Numerator == sql.Numerator && expected.Denominator == sql.Denominator
        && Close(expected.LowerQuartile, sql.LowerQuartile) && Close(expected.Median, sql.Median) && Close(expected.UpperQuartile, sql.UpperQuartile);

    private static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) < Tolerance;
}
