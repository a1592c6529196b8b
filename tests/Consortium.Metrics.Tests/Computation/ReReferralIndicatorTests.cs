using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>A child referred again through casework is one child with two referrals, which the re-referral indicator counts.</summary>
public sealed class ReReferralIndicatorTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly StaffMember Worker = new("suffolk-practitioner", "Sam Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private readonly MetricsTestHost _host = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _host.ProvisionedAsync("suffolk");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<long?> ReReferrals() => _host.As(_tenant, async sp =>
    {
        var measures = await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), ReportingPeriod.MonthOf(Today), new ComputationSettings(5, 100_000, 90, Today: Today));
        return measures.Single(m => m.Indicator == IndicatorCode.REREF12).Numerator;
    });

    [Fact]
    public async Task A_child_referred_again_from_their_record_counts_as_a_re_referral()
    {
        var first = await _host.As(_tenant, sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(new NewReferral
        {
            GivenName = "Oscar", FamilyName = "Jones", DateOfBirth = new DateOnly(2016, 3, 9), SexCode = "1", EthnicityCode = "WBRI",
            ReferralDate = Today.AddMonths(-3), ReferralSource = "2A", PrimaryNeed = "N1",
        }, Worker));
        var before = await ReReferrals();

        var again = await _host.As(_tenant, sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.Value!.ChildId, new ReReferral { ReferralDate = Today, ReferralSource = "3A", PrimaryNeed = "N1" }, Worker));

        Assert.True(again.IsDone, again.Failure?.ToString());
        Assert.Equal(0, before);
        Assert.Equal(1, await ReReferrals());
    }
}
