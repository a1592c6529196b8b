using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.DirectWork;
using Consortium.Practice.SafetyPlanning;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Data;

/// <summary>
/// Should two authorities ever share a database (SQL Server allows it), a context bound to one must see nothing of the
/// other's snapshots, outbox, schedule leases or casework (case-file audits included). Here a context bound to Brent is pointed at Wakefield's file.
/// </summary>
public sealed class MetricsIsolationTests : IAsyncLifetime
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private readonly MetricsTestHost _host = new();
    private TenantInfo _wakefield = null!;
    private TenantInfo _brent = null!;

    public async Task InitializeAsync()
    {
        _wakefield = await _host.ProvisionedAsync("wakefield");
        _brent = await _host.ProvisionedAsync("brent");
        await _host.As(_wakefield, async sp =>
        {
            var book = new Casebook(sp.GetRequiredService<PracticeDbContext>());
            for (var i = 0; i < 8; i++)
            {
                book.Case(book.Child(), Year.Start.AddDays(i), (CaseStage.Assessment, Year.Start.AddDays(i + 1)));
            }

            // A plan open at the year's end with every kind of work the measures as at a period's end read.
            var planStart = Year.End.AddMonths(-7);
            var onPlan = book.Case(book.Child(), planStart,
                (CaseStage.StrategyDiscussion, planStart), (CaseStage.Section47Enquiry, planStart),
                (CaseStage.InitialConference, planStart), (CaseStage.ChildProtectionPlan, planStart));
            book.Review(onPlan, planStart.AddMonths(3));
            book.Map(onPlan, Year.End.AddDays(-10), 1, (null, 4), ("School", 6));
            book.Network(onPlan, knowing: 3);
            book.Plan(onPlan, 1, PlanStatus.Agreed);
            book.DirectWork(onPlan, DirectWorkTool.ThreeHouses, Year.End.AddDays(-20));
            book.DirectWork(onPlan, DirectWorkTool.WordsAndPictures, Year.End.AddDays(-20));
            book.Audit(onPlan, Year.End.AddMonths(-2), Year.End.AddMonths(-2).AddDays(5), grade: 4, moderated: 2);

            await book.SaveAsync();
            await sp.GetRequiredService<SnapshotWriter>().WriteAsync([Year], SnapshotReason.Operator, skipUnchanged: false);
            var metrics = sp.GetRequiredService<MetricsDbContext>();
            metrics.ScheduleLeases.Add(new ScheduleLease { Job = "daily", CompletedRun = "2024-06-01" });
            await metrics.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private MetricsDbContext BrentOnWakefieldsDatabase()
    {
        var options = new DbContextOptionsBuilder<MetricsDbContext>();
        options.UseConsortiumDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_host.DataDirectory, "tenants", "wakefield.db")}", MetricsDbContext.MigrationsHistoryTable);
        return new MetricsDbContext(options.Options, _brent);
    }

    [Fact]
    public async Task Another_authoritys_snapshots_outbox_and_leases_are_invisible_even_in_the_same_database()
    {
        await using var wakefield = _host.Services.GetRequiredService<ITenantDbContextFactory<MetricsDbContext>>().Create(_wakefield);
        var wakefieldSnapshot = await wakefield.SharedSnapshots.SingleAsync();
        Assert.Equal(1, await wakefield.Outbox.CountAsync());

        await using var brent = BrentOnWakefieldsDatabase();

        Assert.Equal(0, await brent.SharedSnapshots.CountAsync());
        Assert.Equal(0, await brent.Outbox.CountAsync());
        Assert.Equal(0, await brent.ScheduleLeases.CountAsync());
        Assert.Null(await new SharedSnapshotQueries(brent).FindAsync(wakefieldSnapshot.Id));
        Assert.Equal(0, (await new SharedSnapshotQueries(brent).HistoryAsync(1)).Total);
    }

    [Fact]
    public async Task Indicators_computed_for_one_authority_count_nothing_of_anothers_casework()
    {
        await using var wakefield = _host.Services.GetRequiredService<ITenantDbContextFactory<MetricsDbContext>>().Create(_wakefield);
        var own = (await IndicatorComputer.ComputeAsync(wakefield, Year, new ComputationSettings(5, 100_000, 90))).ToDictionary(m => m.Indicator);
        Assert.Equal(9, own[IndicatorCode.REF].Numerator);
        Assert.Equal(1, own[IndicatorCode.CPP_OPEN].Numerator);
        Assert.Equal((1L, 1L), (own[IndicatorCode.CPP_REVIEWED].Numerator, own[IndicatorCode.CPP_REVIEWED].Denominator));
        Assert.Equal(1, own[IndicatorCode.SOS_NETWORK].Numerator);
        Assert.Equal(1, own[IndicatorCode.SOS_PLAN].Numerator);
        Assert.Equal(1, own[IndicatorCode.SOS_MAPPED].Numerator);
        Assert.Equal(1, own[IndicatorCode.SOS_VOICE].Numerator);
        Assert.Equal(1, own[IndicatorCode.SOS_WORDS].Numerator);
        Assert.Equal((1L, 1L), (own[IndicatorCode.QA_AUDIT_GOOD].Numerator, own[IndicatorCode.QA_AUDIT_GOOD].Denominator));
        Assert.Equal((1L, 1L), (own[IndicatorCode.QA_AUDIT_GRADE2].Numerator, own[IndicatorCode.QA_AUDIT_GRADE2].Denominator));

        await using var brent = BrentOnWakefieldsDatabase();
        var measures = await IndicatorComputer.ComputeAsync(brent, Year, new ComputationSettings(5, 100_000, 90));

        Assert.All(measures, m => Assert.True(m.Numerator is null or 0, $"{m.Indicator} counted {m.Numerator} of Wakefield's"));
        Assert.All(measures, m => Assert.True(m.Denominator is null or 0, $"{m.Indicator} counted {m.Denominator} of Wakefield's"));
    }
}
