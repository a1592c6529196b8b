using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class FamilyServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager }, "manager@brent");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private async Task<(Guid ChildId, string Reference)> Child(string given) => await At("brent", async sp =>
    {
        var record = (await sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(given), Priya)).Value!;
        var opened = await sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Priya);
        return (record.ChildId, opened.Child!.Reference);
    });

    [Fact]
    public async Task Family_members_are_recorded_and_a_sibling_links_to_their_own_record()
    {
        var (amara, _) = await Child("Amara");
        var (_, benReference) = await Child("Ben");

        Assert.True((await At("brent", sp => sp.GetRequiredService<FamilyService>().AddAsync(amara, new FamilyMemberInput("Grace Okafor", "Mother", null, true, true, null), Priya))).IsDone);
        Assert.True((await At("brent", sp => sp.GetRequiredService<FamilyService>().AddAsync(amara, new FamilyMemberInput("Ben Okafor", "Brother", null, true, false, benReference.ToLowerInvariant()), Priya))).IsDone);
        var family = await At("brent", sp => sp.GetRequiredService<FamilyService>().ForChildAsync(amara, Priya));

        Assert.Equal(["Ben Okafor", "Grace Okafor"], family.Select(f => f.Name));
        Assert.NotNull(family[0].SiblingChildId);
        Assert.True(family[1].ParentalResponsibility);
    }

    [Fact]
    public async Task A_sibling_reference_from_another_authority_or_a_bad_entry_is_refused()
    {
        var (amara, _) = await Child("Amara");
        var bristolChild = await At("bristol", async sp => (await sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral("Cara"), Priya)).Value!.ChildId);
        var bristolReference = await At("bristol", async sp => (await sp.GetRequiredService<CaseworkService>().OpenChildAsync(bristolChild, Priya)).Child!.Reference);

        var foreign = await At("brent", sp => sp.GetRequiredService<FamilyService>().AddAsync(amara, new FamilyMemberInput("Cara", "Sister", null, false, false, bristolReference), Priya));
        var empty = await At("brent", sp => sp.GetRequiredService<FamilyService>().AddAsync(amara, new FamilyMemberInput("", "", null, false, false, null), Priya));
        var fromBristol = await At("bristol", sp => sp.GetRequiredService<FamilyService>().AddAsync(amara, new FamilyMemberInput("X", "Y", null, false, false, null), Priya));

        Assert.Equal([new FieldError("SiblingReference", "There is no other child with that reference in this authority")], foreign.Errors());
        Assert.Equal(["Name", "Relationship"], empty.Errors().Select(p => p.Field));
        Assert.Equal(new Failure.NotFound("child"), fromBristol.Failure);
        Assert.Empty(await At("brent", sp => sp.GetRequiredService<FamilyService>().ForChildAsync(amara, Priya)));
    }

    [Fact]
    public async Task A_sibling_restricted_after_being_listed_shows_on_the_other_childs_family_only_as_a_restricted_record_to_staff_not_named_on_it()
    {
        var (amara, _) = await Child("Amara");
        var (ben, benReference) = await Child("Ben");
        Assert.True((await At("brent", sp => sp.GetRequiredService<FamilyService>().AddAsync(amara, new FamilyMemberInput("Ben Okafor", "Brother", new DateOnly(2019, 5, 4), true, false, benReference), Priya))).IsDone);
        var token = await At("brent", async sp => (await sp.GetRequiredService<CaseworkService>().OpenChildAsync(ben, Mo)).Child!.ConcurrencyToken);
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(ben, true, [], token, Mo))).IsDone);

        var forPriya = await At("brent", sp => sp.GetRequiredService<FamilyService>().ForChildAsync(amara, Priya));
        var forMo = await At("brent", sp => sp.GetRequiredService<FamilyService>().ForChildAsync(amara, Mo));

        var hidden = Assert.Single(forPriya);
        Assert.Equal((CaseworkService.RestrictedSibling, "", (DateOnly?)null, (Guid?)null, false, true), (hidden.Name, hidden.Relationship, hidden.DateOfBirth, hidden.SiblingChildId, hidden.LivesWithChild, hidden.IsRestricted));
        var shown = Assert.Single(forMo);
        Assert.Equal(("Ben Okafor", "Brother", (Guid?)ben, false), (shown.Name, shown.Relationship, shown.SiblingChildId, shown.IsRestricted));
    }

    [Fact]
    public async Task A_linked_siblings_name_is_read_from_their_record_not_from_what_was_typed()
    {
        var (amara, _) = await Child("Amara");
        var (_, benReference) = await Child("Ben");
        Assert.True((await At("brent", sp => sp.GetRequiredService<FamilyService>().AddAsync(amara, new FamilyMemberInput("Benjy", "Brother", null, true, false, benReference), Priya))).IsDone);

        var family = await At("brent", sp => sp.GetRequiredService<FamilyService>().ForChildAsync(amara, Priya));

        Assert.Equal("Ben Okafor", Assert.Single(family).Name);
    }
}
