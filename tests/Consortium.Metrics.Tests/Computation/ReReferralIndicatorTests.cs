using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
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
            ReferralDate = Today.AddMonths(-3), ReferralSource = "2A", PrimaryNeed = "N1", Reason = "Worried about bruising.", ReferrerName = "Rosalind Referrer", ReferrerEmail = "r.referrer@example.org",
        }, Worker));
        var before = await ReReferrals();

        var again = await _host.As(_tenant, sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.Value!.ChildId, new ReReferral { ReferralDate = Today, ReferralSource = "3A", PrimaryNeed = "N1", Reason = "Police attended.", ReferrerName = "PC Dorian Gale", ReferrerPhone = "020 7946 0000" }, Worker));

        Assert.True(again.IsDone, again.Failure?.ToString());
        Assert.Equal(0, before);
        Assert.Equal(1, await ReReferrals());
    }

    [Fact]
    public async Task The_referrer_and_the_reason_recorded_with_a_referral_never_reach_a_snapshot_shared_with_the_hub()
    {
        var recorded = await _host.As(_tenant, sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(new NewReferral
        {
            GivenName = "Oscar", FamilyName = "Jones", DateOfBirth = new DateOnly(2016, 3, 9), SexCode = "1", EthnicityCode = "WBRI",
            ReferralDate = Today.AddDays(-3), ReferralSource = "2A", PrimaryNeed = "N1", Reason = "Quillon reported a bruise shaped like a hand.",
            ReferrerName = "Wilhelmina Faircloth", ReferrerAgency = "Thistlecombe Academy", ReferrerEmail = "w.faircloth@thistlecombe.example.org",
        }, Worker));
        Assert.True(recorded.IsDone, recorded.Failure?.ToString());

        var written = await _host.As(_tenant, sp => sp.GetRequiredService<Consortium.Metrics.Outbox.SnapshotWriter>().WriteAsync(
            [ReportingPeriod.MonthOf(Today), ReportingPeriod.QuarterOf(Today)], SnapshotReason.Operator, false));
        var shared = await _host.As(_tenant, async sp =>
        {
            var db = sp.GetRequiredService<MetricsDbContext>();
            return (await db.Outbox.Select(m => m.Body).ToListAsync()).Concat(await db.SharedSnapshots.Select(s => s.Body).ToListAsync()).ToList();
        });

        Assert.True(written > 0);
        Assert.NotEmpty(shared);
        foreach (var personal in new[] { "Faircloth", "Wilhelmina", "Thistlecombe", "Quillon" })
        {
            Assert.DoesNotContain(shared, body => body.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }
    }
}
