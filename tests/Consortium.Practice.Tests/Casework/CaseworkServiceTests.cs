using Consortium.Practice.Outcomes;
using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class CaseworkServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();

    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly StaffMember Other = new("brent-other", "Olu Other", "Team 2", new HashSet<StaffRole> { StaffRole.Practitioner });

    public static NewReferral Referral(string given = "Amara", string family = "Okafor") => new()
    {
        GivenName = given,
        FamilyName = family,
        DateOfBirth = new DateOnly(2019, 5, 4),
        SexCode = "2",
        EthnicityCode = "BAFR",
        ReferralDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20),
        ReferralSource = "2A",
        PrimaryNeed = "N1",
        Reason = "School reports bruising on both arms.",
        ReferrerName = "Rosalind Referrer",
        ReferrerAgency = "Brent Primary School",
        ReferrerEmail = "r.referrer@example.org",
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> AtBrent<T>(Func<CaseworkService, IServiceProvider, Task<T>> work)
    {
        var brent = await _host.ProvisionedAsync("brent");
        return await _host.As(brent, sp => work(sp.GetRequiredService<CaseworkService>(), sp));
    }

    [Fact]
    public async Task Recording_a_referral_creates_the_child_and_case_and_logs_both()
    {
        var result = await AtBrent((s, _) => s.RecordReferralAsync(Referral(), Priya));

        Assert.True(result.IsDone);
        var opened = await AtBrent((s, _) => s.OpenChildAsync(result.Value!.ChildId, Mo));
        Assert.Equal("Amara Okafor", opened.Child!.FullName);
        Assert.Equal(CaseStage.Referral, Assert.Single(opened.Cases).Stage);
        var log = await AtBrent((s, _) => s.AccessLogAsync(result.Value!.ChildId));
        Assert.Equal([(AccessAction.Viewed, "Mo Manager"), (AccessAction.Created, "Priya Practitioner"), (AccessAction.Created, "Priya Practitioner")], log.Select(l => (l.Action, l.StaffName)));
    }

    [Fact]
    public async Task An_invalid_referral_is_refused_with_every_problem_and_nothing_is_saved()
    {
        var result = await AtBrent((s, _) => s.RecordReferralAsync(Referral() with { GivenName = " ", DateOfBirth = null, ReferralSource = "ZZ" }, Priya));

        Assert.Equal(["GivenName", "DateOfBirth", "ReferralSource"], result.Errors().Select(p => p.Field));
        Assert.Equal(0, await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().Children.CountAsync()));
        Assert.Equal(0, await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().AccessLog.CountAsync()));
    }

    [Fact]
    public async Task Two_moves_from_the_same_version_the_second_is_refused_and_nothing_is_lost()
    {
        var record = (await AtBrent((s, _) => s.RecordReferralAsync(Referral(), Priya))).Value!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var first = await AtBrent((s, _) => s.MoveAsync(record.Id, new StageTransition(CaseStage.Assessment, today), record.ConcurrencyToken, Priya));
        var second = await AtBrent((s, _) => s.MoveAsync(record.Id, new StageTransition(CaseStage.Closed, today, ClosureReason: "RC8"), record.ConcurrencyToken, Mo));

        Assert.True(first.IsDone);
        Assert.True(second.Failure is Failure.Conflict);
        // Nobody opened the case between recording and moving it: the version recorded was kept, so each field has its before.
        var stage = Assert.Single(second.Conflict().Changes);
        Assert.Equal((nameof(CaseRecord.Stage), $"Referral since {record.ReferralDate:d MMMM yyyy}", $"Single assessment since {today:d MMMM yyyy}"), (stage.Field, stage.Before, stage.After));
        var opened = await AtBrent((s, _) => s.OpenCaseAsync(record.Id, Priya));
        Assert.Equal(CaseStage.Assessment, opened!.Value.Case.Stage);
    }

    [Fact]
    public async Task A_cases_kept_versions_are_its_authoritys_own()
    {
        var record = (await AtBrent((s, _) => s.RecordReferralAsync(Referral(), Priya))).Value!;
        await AtBrent((s, _) => s.MoveAsync(record.Id, new StageTransition(CaseStage.Assessment, DateOnly.FromDateTime(DateTime.UtcNow)), record.ConcurrencyToken, Priya));
        var bristol = await _host.ProvisionedAsync("bristol");

        var atBrent = await AtBrent((_, sp) => sp.GetRequiredService<PracticeDbContext>().CaseSnapshots.CountAsync(v => v.CaseId == record.Id));
        var atBristol = await _host.As(bristol, sp => sp.GetRequiredService<PracticeDbContext>().CaseSnapshots.CountAsync(v => v.CaseId == record.Id));
        var staleAtBristol = await _host.As(bristol, sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, new StageTransition(CaseStage.Closed, DateOnly.FromDateTime(DateTime.UtcNow), ClosureReason: "RC8"), record.ConcurrencyToken, Priya));

        Assert.Equal(2, atBrent);
        Assert.Equal(0, atBristol);
        Assert.True(staleAtBristol.Failure is Failure.NotFound);
    }

    [Fact]
    public async Task My_caseload_pages_through_every_open_case_and_counts_them_all()
    {
        var names = Enumerable.Range(0, CaseloadService.PageSize + 1).Select(i => $"Page{(char)('a' + i)}").ToList();
        foreach (var name in names)
        {
            await AtBrent((s, _) => s.RecordReferralAsync(Referral(name, "Pager"), Priya));
        }

        var first = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().MineAsync(Priya));
        var second = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().MineAsync(Priya, page: 1));
        var count = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().CountMineAsync(Priya));

        Assert.Equal(CaseloadService.PageSize, first.Count);
        Assert.Single(second);
        Assert.Equal(names.Count, count);
        Assert.Equal(names.Count, first.Concat(second).Select(r => r.CaseId).Distinct().Count());
    }

    [Fact]
    public async Task A_restricted_child_opens_only_for_named_staff_and_others_see_that_it_exists()
    {
        var record = (await AtBrent((s, _) => s.RecordReferralAsync(Referral("Restricted", "Child"), Priya))).Value!;
        await AtBrent(async (_, sp) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            var child = await db.Children.SingleAsync(c => c.Id == record.ChildId);
            child.IsRestricted = true;
            child.PermittedStaff = [Priya.Subject];
            return await db.SaveChangesAsync();
        });

        var forPriya = await AtBrent((s, _) => s.OpenChildAsync(record.ChildId, Priya));
        var forOther = await AtBrent((s, _) => s.OpenChildAsync(record.ChildId, Other));
        var search = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().SearchAsync("Restricted", Other));
        var byReference = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().SearchAsync(record.Reference, Other));
        var forPriyaByName = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().SearchAsync("Restricted", Priya));

        Assert.NotNull(forPriya.Child);
        Assert.True(forOther.IsRestricted);
        Assert.Null(forOther.Child);
        Assert.Empty(forOther.Cases);
        Assert.Null(await AtBrent((s, _) => s.OpenCaseAsync(record.Id, Other)));
        Assert.Empty(search);
        Assert.Null(Assert.Single(byReference).ChildName);
        Assert.Equal("Restricted Child", Assert.Single(forPriyaByName).ChildName);
        Assert.Contains(await AtBrent((s, _) => s.AccessLogAsync(record.ChildId)), l => l.Action == AccessAction.Refused && l.StaffSubject == Other.Subject);
    }

    [Fact]
    public async Task The_access_log_cannot_be_changed_or_deleted()
    {
        var record = (await AtBrent((s, _) => s.RecordReferralAsync(Referral(), Priya))).Value!;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AtBrent(async (_, sp) =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            db.AccessLog.Remove(await db.AccessLog.FirstAsync());
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await AtBrent((s, _) => s.AccessLogAsync(record.ChildId))).Count);
    }

    [Fact]
    public async Task Caseloads_show_my_cases_and_my_teams_cases_and_search_finds_by_name_or_reference()
    {
        var mine = (await AtBrent((s, _) => s.RecordReferralAsync(Referral("Amara", "Okafor"), Priya))).Value!;
        await AtBrent((s, _) => s.RecordReferralAsync(Referral("Ben", "Smith"), Other));

        var priyas = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().MineAsync(Priya));
        var team1 = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().TeamAsync(Mo));
        var byName = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().SearchAsync("amara oka", Mo));
        var byReference = await AtBrent((_, sp) => sp.GetRequiredService<CaseloadService>().SearchAsync(mine.Reference.ToLowerInvariant(), Mo));

        Assert.Equal(["Amara Okafor"], priyas.Select(r => r.ChildName));
        Assert.Equal(["Amara Okafor"], team1.Select(r => r.ChildName));
        Assert.Equal("Single assessment completed", priyas[0].NextDue!.Label);
        Assert.Equal(["Amara Okafor"], byName.Select(r => r.ChildName));
        Assert.Equal([mine.Id], byReference.Select(r => r.CaseId));
    }

    [Fact]
    public async Task Another_authority_cannot_open_a_child_or_case_even_given_its_ids()
    {
        var record = (await AtBrent((s, _) => s.RecordReferralAsync(Referral(), Priya))).Value!;
        var bristol = await _host.ProvisionedAsync("bristol");

        var child = await _host.As(bristol, sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Priya));
        var opened = await _host.As(bristol, sp => sp.GetRequiredService<CaseworkService>().OpenCaseAsync(record.Id, Priya));
        var moved = await _host.As(bristol, sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, new StageTransition(CaseStage.Assessment, DateOnly.FromDateTime(DateTime.UtcNow)), record.ConcurrencyToken, Priya));

        Assert.False(child.Exists);
        Assert.Null(opened);
        Assert.False(moved.IsDone);
    }
}
