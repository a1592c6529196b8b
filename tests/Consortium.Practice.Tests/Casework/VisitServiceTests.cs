using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class VisitServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private async Task<CaseRecord> Referred() =>
        (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;

    [Fact]
    public async Task Visits_are_recorded_listed_latest_first_and_logged_and_bad_dates_are_refused()
    {
        var record = await Referred();

        var first = await At("brent", sp => sp.GetRequiredService<VisitService>().RecordAsync(record.Id, new VisitInput(Today.AddDays(-5), true, "Seen in her room."), Priya));
        var second = await At("brent", sp => sp.GetRequiredService<VisitService>().RecordAsync(record.Id, new VisitInput(Today, false, null), Priya));
        var future = await At("brent", sp => sp.GetRequiredService<VisitService>().RecordAsync(record.Id, new VisitInput(Today.AddDays(1), false, new string('x', VisitInput.MaxNotes + 1)), Priya));
        var early = await At("brent", sp => sp.GetRequiredService<VisitService>().RecordAsync(record.Id, new VisitInput(record.ReferralDate.AddDays(-1), false, null), Priya));

        Assert.True(first.IsDone && second.IsDone);
        var listed = await At("brent", sp => sp.GetRequiredService<VisitService>().ForCaseAsync(record.Id, Priya));
        Assert.Equal([(Today, false), (Today.AddDays(-5), true)], listed!.Select(v => (v.VisitedOn, v.SeenAlone)));
        Assert.Equal(["VisitedOn", "Notes"], future.Errors().Select(e => e.Field));
        Assert.Contains("before the referral", Assert.Single(early.Errors()).Message, StringComparison.Ordinal);
        Assert.Equal(2, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().StatutoryVisits.CountAsync()));
        var log = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(record.ChildId));
        Assert.Equal(2, log.Count(l => l.RecordType == "visit" && l.Action == AccessAction.Created));
    }

    [Fact]
    public async Task A_restricted_childs_visits_and_another_authoritys_case_are_not_found()
    {
        var record = await Referred();
        var child = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Mo))).Child!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, Mo))).IsDone);

        var restricted = await At("brent", sp => sp.GetRequiredService<VisitService>().RecordAsync(record.Id, new VisitInput(Today, true, null), Priya));
        var elsewhere = await At("bristol", sp => sp.GetRequiredService<VisitService>().RecordAsync(record.Id, new VisitInput(Today, true, null), Priya));

        restricted.NotFound();
        elsewhere.NotFound();
        Assert.Null(await At("brent", sp => sp.GetRequiredService<VisitService>().ForCaseAsync(record.Id, Priya)));
        Assert.Null(await At("bristol", sp => sp.GetRequiredService<VisitService>().ForCaseAsync(record.Id, Mo)));
        Assert.Equal(0, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().StatutoryVisits.CountAsync()));
    }
}
