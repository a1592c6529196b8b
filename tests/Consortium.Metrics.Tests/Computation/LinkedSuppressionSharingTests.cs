using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Practice.Data;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>What leaves the authority after linked suppression, and what it never takes back.</summary>
public sealed class LinkedSuppressionSharingTests : IAsyncLifetime
{
    private static readonly ReportingPeriod April = ReportingPeriod.MonthOf(new DateOnly(2024, 4, 1));
    private static readonly ReportingPeriod May = ReportingPeriod.MonthOf(new DateOnly(2024, 5, 1));
    private static readonly ReportingPeriod June = ReportingPeriod.MonthOf(new DateOnly(2024, 6, 1));
    private static readonly ReportingPeriod FirstQuarter = ReportingPeriod.QuarterOf(new DateOnly(2024, 4, 1));

    private readonly MetricsTestHost _host = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync()
    {
        _tenant = await _host.ProvisionedAsync("suffolk");
        await SeedAsync(_tenant);
    }

    /// <summary>Referrals of 3, 9 and 8 children in April, May and June.</summary>
    private Task SeedAsync(TenantInfo tenant) => _host.As(tenant, async sp =>
    {
        var book = new Casebook(sp.GetRequiredService<PracticeDbContext>());
        foreach (var (month, referrals) in new[] { (April, 3), (May, 9), (June, 8) })
        {
            for (var i = 0; i < referrals; i++)
            {
                book.Case(book.Child(), month.Start.AddDays(i));
            }
        }

        await book.SaveAsync();
    });

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private Task<int> Share(params ReportingPeriod[] periods) => ShareAt(_tenant, periods);

    private Task<int> ShareAt(TenantInfo tenant, params ReportingPeriod[] periods) =>
        _host.As(tenant, sp => sp.GetRequiredService<SnapshotWriter>().WriteAsync(periods, SnapshotReason.Operator, skipUnchanged: false));

    private Task<List<SharedSnapshot>> Shared() => SharedAt(_tenant);

    private Task<List<SharedSnapshot>> SharedAt(TenantInfo tenant) =>
        _host.As(tenant, sp => sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.AsNoTracking().OrderBy(s => s.Id).ToListAsync());

    private static IndicatorValue Value(SharedSnapshot snapshot, IndicatorCode code) =>
        JsonSerializer.Deserialize<IndicatorSnapshotPublished>(snapshot.Body, ContractJson.Options)!.Values.Single(v => v.Indicator == code);

    [Fact]
    public async Task A_quarter_shared_with_its_months_suppresses_the_next_smallest_month_as_well()
    {
        await Share(April, May, June, FirstQuarter);

        var shared = await Shared();
        Assert.Equal(ValueStatus.Suppressed, Value(shared.Single(s => s.Period == April), IndicatorCode.REF).Status);
        Assert.Equal(ValueStatus.Suppressed, Value(shared.Single(s => s.Period == June), IndicatorCode.REF).Status);
        Assert.Equal(9, Value(shared.Single(s => s.Period == May), IndicatorCode.REF).Value);
        Assert.Equal(20, Value(shared.Single(s => s.Period == FirstQuarter), IndicatorCode.REF).Value);
    }

    [Fact]
    public async Task A_quarter_whose_months_were_shared_before_is_suppressed_itself_and_the_months_are_never_taken_back()
    {
        await Share(April, May, June);
        var before = await Shared();
        Assert.Equal(8, Value(before.Single(s => s.Period == June), IndicatorCode.REF).Value);

        await Share(FirstQuarter);

        var after = await Shared();
        Assert.Equal(1, after.Count - before.Count);
        var quarter = after.Single(s => s.Period == FirstQuarter);
        Assert.Equal(ValueStatus.Suppressed, Value(quarter, IndicatorCode.REF).Status);
        Assert.Equal(ValueStatus.Suppressed, Value(quarter, IndicatorCode.REREF12).Status);
        Assert.NotEqual(ValueStatus.Suppressed, Value(quarter, IndicatorCode.CIN_OPEN).Status);
        Assert.Equal(before.Select(s => s.Id), after.Where(s => s.Period != FirstQuarter).Select(s => s.Id));
    }

    [Fact]
    public async Task What_another_authority_shared_is_no_part_of_what_this_one_must_keep_hidden()
    {
        await Share(April, May, June);
        var norfolk = await _host.ProvisionedAsync("norfolk");
        await SeedAsync(norfolk);

        await ShareAt(norfolk, FirstQuarter);

        // Norfolk's months were never shared, so its quarter gives none of them away; Suffolk's months would have.
        Assert.Equal(20, Value((await SharedAt(norfolk)).Single(), IndicatorCode.REF).Value);
    }
}
