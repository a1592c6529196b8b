using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

/// <summary>The reason for a referral and who made it: required, checked, kept with the case, restricted with the record.</summary>
public sealed class ReferralDetailsTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<Outcome<CaseRecord>> Record(NewReferral referral) =>
        At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(referral, Priya));

    [Fact]
    public async Task The_reason_and_referrer_are_kept_with_the_case_and_read_with_it()
    {
        var record = (await Record(CaseworkServiceTests.Referral() with { Reason = "  School reports bruising.  ", ReferrerPhone = " 020 7946 0000 " })).Value!;

        var opened = await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenCaseAsync(record.Id, Mo));

        var details = opened!.Value.Case.Referral!;
        Assert.Equal("School reports bruising.", details.Reason);
        Assert.Equal("Rosalind Referrer, Brent Primary School", details.Referrer);
        Assert.Equal(["020 7946 0000", "r.referrer@example.org"], details.Contact);
    }

    [Fact]
    public async Task A_referral_without_a_reason_or_a_way_to_reach_the_referrer_is_refused_and_nothing_is_saved()
    {
        var missing = await Record(CaseworkServiceTests.Referral() with { Reason = " ", ReferrerName = null, ReferrerEmail = null });
        var wrong = await Record(CaseworkServiceTests.Referral() with
        {
            Reason = new string('x', ReferralParticulars.MaxReason + 1), ReferrerPhone = "call the school", ReferrerEmail = "not an address", ReferrerAgency = new string('a', 201),
        });

        Assert.Equal(["Reason", "ReferrerName", "ReferrerPhone"], missing.Errors().Select(e => e.Field));
        Assert.Equal(["Reason", "ReferrerAgency", "ReferrerPhone", "ReferrerEmail"], wrong.Errors().Select(e => e.Field));
        Assert.Equal(0, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.CountAsync()));
        Assert.Equal(0, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Set<ReferralDetails>().CountAsync()));
    }

    [Fact]
    public async Task A_referrer_who_would_not_give_their_name_needs_no_name_or_contact()
    {
        var record = await Record(CaseworkServiceTests.Referral() with { ReferrerName = null, ReferrerAgency = null, ReferrerEmail = null, ReferrerAnonymous = true });

        Assert.True(record.IsDone, record.Failure?.ToString());
        var opened = await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenCaseAsync(record.Value!.Id, Priya));
        Assert.Equal(("Did not give their name", 0), (opened!.Value.Case.Referral!.Referrer, opened.Value.Case.Referral.Contact.Count));
    }

    [Fact]
    public async Task A_re_referral_keeps_its_own_reason_and_referrer_and_a_sibling_takes_the_cases()
    {
        var first = (await Record(CaseworkServiceTests.Referral())).Value!;
        var again = await At("brent", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.ChildId, ReReferralServiceTests.Again(Today), Priya));
        var noReason = await At("brent", sp => sp.GetRequiredService<ReReferralService>().RecordAsync(first.ChildId, ReReferralServiceTests.Again(Today) with { Reason = null }, Priya));
        var sibling = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AddSiblingAsync(first.Id,
            new NewReferral { GivenName = "Kofi", FamilyName = "Okafor", DateOfBirth = new DateOnly(2021, 2, 3), SexCode = "1", EthnicityCode = "BAFR" }, first.ConcurrencyToken, Priya));

        Assert.True(again.IsDone, again.Failure?.ToString());
        Assert.Equal(["Reason"], noReason.Errors().Select(e => e.Field));
        Assert.True(sibling.IsDone, sibling.Failure?.ToString());
        var details = await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Set<ReferralDetails>().ToDictionaryAsync(d => d.CaseId));
        Assert.Equal(3, details.Count);
        Assert.Equal(("Police attended a domestic incident.", "PC Dorian Gale, Metropolitan Police"), (details[again.Value!.Id].Reason, details[again.Value.Id].Referrer));
        Assert.Equal((details[first.Id].Reason, details[first.Id].Referrer), (details[sibling.Value!.Id].Reason, details[sibling.Value.Id].Referrer));
    }

    [Fact]
    public async Task A_restricted_record_or_another_authority_does_not_give_the_referrer_away()
    {
        var record = (await Record(CaseworkServiceTests.Referral())).Value!;
        var child = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Mo))).Child!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, Mo))).IsDone);

        Assert.Null(await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenCaseAsync(record.Id, Priya)));
        Assert.Null(await At("bristol", sp => sp.GetRequiredService<CaseworkService>().OpenCaseAsync(record.Id, Mo)));
        Assert.NotNull((await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenCaseAsync(record.Id, Mo)))!.Value.Case.Referral);
    }
}
