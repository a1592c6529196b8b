using Consortium.Practice.Census;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class SiblingGroupTests : IAsyncLifetime
{
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly StaffMember Other = new("brent-other", "Olu Other", "Team 2", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> AtBrent<T>(Func<CaseworkService, IServiceProvider, Task<T>> work)
    {
        var brent = await _host.ProvisionedAsync("brent");
        return await _host.As(brent, sp => work(sp.GetRequiredService<CaseworkService>(), sp));
    }

    private static NewReferral Sibling(string given) => new() { GivenName = given, FamilyName = "Okafor", DateOfBirth = new DateOnly(2021, 2, 3), SexCode = "1", EthnicityCode = "BAFR", DisabilityCodes = ["LD"] };

    private async Task<(CaseRecord First, CaseRecord Second)> Group()
    {
        var first = (await AtBrent((s, _) => s.RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;
        var second = (await AtBrent((s, _) => s.AddSiblingAsync(first.Id, Sibling("Kofi"), first.ConcurrencyToken, Other))).Value!;
        return ((await AtBrent((s, _) => s.OpenCaseAsync(first.Id, Priya)))!.Value.Case, second);
    }

    [Fact]
    public async Task A_sibling_gets_their_own_episode_of_the_same_referral_in_the_same_group_and_each_childs_family_lists_the_other()
    {
        var (first, second) = await Group();

        Assert.Equal(first.Id, first.SiblingGroupId);
        Assert.Equal(first.Id, second.SiblingGroupId);
        Assert.NotEqual(first.ChildId, second.ChildId);
        Assert.Equal((first.ReferralDate, first.ReferralSource, first.PrimaryNeed, CaseStage.Referral), (second.ReferralDate, second.ReferralSource, second.PrimaryNeed, second.Stage));
        Assert.Equal((Priya.Subject, Priya.Team), (second.WorkerSubject, second.Team));
        var kofi = (await AtBrent((s, _) => s.OpenChildAsync(second.ChildId, Priya))).Child!;
        Assert.Equal(["LD"], kofi.DisabilityCodes.Select(d => d.Code));
        Assert.True(kofi.Disabled);
        var families = await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().FamilyMembers.Select(f => new { f.ChildId, f.SiblingChildId, f.Relationship }).ToListAsync());
        Assert.Contains(families, f => f.ChildId == first.ChildId && f.SiblingChildId == second.ChildId && f.Relationship == "Sibling");
        Assert.Contains(families, f => f.ChildId == second.ChildId && f.SiblingChildId == first.ChildId);
        var shown = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().SiblingGroupAsync(first, Priya));
        Assert.Equal([second.Id], shown.Select(r => r.CaseId));
        var mine = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().MineAsync(Priya));
        Assert.All(mine, r => Assert.Equal((first.Id, 1), (r.SiblingGroupId!.Value, r.OpenSiblings)));
    }

    [Fact]
    public async Task A_new_siblings_record_does_not_carry_a_restricted_siblings_name_or_birth_date()
    {
        var first = (await AtBrent((s, _) => s.RecordReferralAsync(CaseworkServiceTests.Referral("Hidden", "Okafor"), Priya))).Value!;
        await AtBrent(async (_, sp) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = await db.Children.SingleAsync(c => c.Id == first.ChildId);
            child.IsRestricted = true;
            child.PermittedStaff = [Priya.Subject];
            return await db.SaveChangesAsync();
        });

        var second = (await AtBrent((s, _) => s.AddSiblingAsync(first.Id, Sibling("Kofi"), first.ConcurrencyToken, Priya))).Value!;

        var listed = await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().FamilyMembers.SingleAsync(f => f.ChildId == second.ChildId));
        Assert.Equal((CaseworkService.RestrictedSibling, (DateOnly?)null, first.ChildId), (listed.Name, listed.DateOfBirth, listed.SiblingChildId!.Value));
        var hiddenSide = await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().FamilyMembers.SingleAsync(f => f.ChildId == first.ChildId));
        Assert.Equal("Kofi Okafor", hiddenSide.Name);
    }

    [Fact]
    public async Task A_sibling_born_after_the_referral_is_refused_on_the_date_of_birth_the_form_asks_for()
    {
        var first = (await AtBrent((s, _) => s.RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;

        var result = await AtBrent((s, _) => s.AddSiblingAsync(first.Id, Sibling("Baby") with { DateOfBirth = Today.AddDays(-1) }, first.ConcurrencyToken, Priya));

        var problem = Assert.Single(result.Errors());
        Assert.Equal(nameof(NewReferral.DateOfBirth), problem.Field);
        Assert.Contains("on or before the referral date", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().Cases.CountAsync()));
    }

    [Fact]
    public async Task A_move_applied_to_the_group_moves_every_sibling_at_that_stage_or_none()
    {
        var (first, second) = await Group();

        var refused = await AtBrent((s, _) => s.MoveAsync(first.Id, new StageTransition(CaseStage.Assessment, new DateOnly(2000, 1, 1)), first.ConcurrencyToken, Priya, includeSiblings: true));
        var moved = await AtBrent((s, _) => s.MoveAsync(first.Id, new StageTransition(CaseStage.Assessment, Today), first.ConcurrencyToken, Priya, includeSiblings: true));

        Assert.False(refused.IsDone);
        Assert.True(moved.IsDone);
        var sibling = (await AtBrent((s, _) => s.OpenCaseAsync(second.Id, Priya)))!.Value.Case;
        Assert.Equal((CaseStage.Assessment, Today), (sibling.Stage, sibling.AssessmentStart));
        Assert.NotEqual(second.ConcurrencyToken, sibling.ConcurrencyToken);
        var alone = await AtBrent((s, _) => s.MoveAsync(second.Id, new StageTransition(CaseStage.ChildInNeedPlan, Today, AssessmentFactors: ["4B"]), sibling.ConcurrencyToken, Mo));
        Assert.True(alone.IsDone);
        Assert.Equal(CaseStage.Assessment, (await AtBrent((s, _) => s.OpenCaseAsync(first.Id, Priya)))!.Value.Case.Stage);
    }

    [Fact]
    public async Task A_group_with_a_restricted_sibling_is_not_moved_together_by_someone_not_named_on_it()
    {
        var (first, second) = await Group();
        await AtBrent(async (_, sp) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = await db.Children.SingleAsync(c => c.Id == second.ChildId);
            (child.IsRestricted, child.PermittedStaff) = (true, ["someone-else"]);
            return await db.SaveChangesAsync();
        });

        var refused = await AtBrent((s, _) => s.MoveAsync(first.Id, new StageTransition(CaseStage.Assessment, Today), first.ConcurrencyToken, Priya, includeSiblings: true));

        Assert.Equal(["IncludeSiblings"], refused.Errors().Select(p => p.Field));
        Assert.Equal(CaseStage.Referral, (await AtBrent((s, _) => s.OpenCaseAsync(first.Id, Priya)))!.Value.Case.Stage);
        Assert.Null(Assert.Single(await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().SiblingGroupAsync(first, Priya))).ChildName);
    }

    [Fact]
    public async Task Adding_a_sibling_from_an_old_version_or_at_another_authority_is_refused_and_adds_nobody()
    {
        var first = (await AtBrent((s, _) => s.RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;
        var stale = first.ConcurrencyToken;
        await AtBrent((s, _) => s.MoveAsync(first.Id, new StageTransition(CaseStage.Assessment, Today), stale, Priya));
        var bristol = await _host.ProvisionedAsync("bristol");

        var conflict = await AtBrent((s, _) => s.AddSiblingAsync(first.Id, Sibling("Kofi"), stale, Priya));
        var elsewhere = await _host.As(bristol, sp => sp.GetRequiredService<CaseworkService>().AddSiblingAsync(first.Id, Sibling("Kofi"), stale, Priya));
        var invalid = await AtBrent(async (s, _) => await s.AddSiblingAsync(first.Id, Sibling("") with { DisabilityCodes = ["NONE", "LD"] }, (await s.OpenCaseAsync(first.Id, Priya))!.Value.Case.ConcurrencyToken, Priya));

        Assert.True(conflict.Failure is Failure.Conflict);
        Assert.Equal(new Failure.NotFound("case"), elsewhere.Failure);
        Assert.Equal(["GivenName", "DisabilityCodes"], invalid.Errors().Select(p => p.Field));
        Assert.Equal(1, await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().Children.CountAsync()));
        Assert.Equal(0, await _host.As(bristol, sp => sp.GetRequiredService<PracticeDbContext>().Children.CountAsync()));
    }
}
