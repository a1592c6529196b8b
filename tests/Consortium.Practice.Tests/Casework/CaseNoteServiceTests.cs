using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class CaseNoteServiceTests : IAsyncLifetime
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
    public async Task Notes_are_written_listed_latest_first_and_logged_and_bad_input_saves_nothing()
    {
        var record = await Referred();

        var first = await At("brent", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(Today.AddDays(-3), CaseNoteType.PhoneCall, " School called about attendance. ", false), Priya));
        var second = await At("brent", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(Today, CaseNoteType.ContactWithFamily, "Mother says the father has moved back in.", true), Priya));
        var bad = await At("brent", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(Today.AddDays(1), null, " ", false), Priya));
        var early = await At("brent", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(record.ReferralDate.AddDays(-1), CaseNoteType.Other, new string('x', CaseNoteInput.MaxText + 1), false), Priya));

        Assert.True(first.IsDone && second.IsDone);
        var listed = (await At("brent", sp => sp.GetRequiredService<CaseNoteService>().ForCaseAsync(record.Id, Priya)))!;
        Assert.Equal([(Today, CaseNoteType.ContactWithFamily, true), (Today.AddDays(-3), CaseNoteType.PhoneCall, false)], listed.Notes.Select(n => (n.WrittenOn, n.Type, n.Significant)));
        Assert.Equal("School called about attendance.", listed.Notes[1].Text);
        Assert.Equal(["WrittenOn", "Type", "Text"], bad.Errors().Select(e => e.Field));
        Assert.Equal(["WrittenOn", "Text"], early.Errors().Select(e => e.Field));
        Assert.Equal(2, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().CaseNotes.CountAsync()));
        var log = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(record.ChildId));
        Assert.Equal(2, log.Count(l => l.RecordType == "case note" && l.Action == AccessAction.Created));
        Assert.Single(log, l => l.RecordType == "case notes" && l.Action == AccessAction.Viewed);
    }

    [Fact]
    public async Task A_restricted_childs_notes_and_another_authoritys_case_give_nothing_and_the_refusal_is_logged()
    {
        var record = await Referred();
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(Today, CaseNoteType.Meeting, "Secret", true), Priya))).IsDone);
        var child = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Mo))).Child!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, Mo))).IsDone);

        var restricted = await At("brent", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(Today, CaseNoteType.Meeting, "More", false), Priya));
        var elsewhere = await At("bristol", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(Today, CaseNoteType.Meeting, "More", false), Priya));

        restricted.NotFound();
        elsewhere.NotFound();
        Assert.Null(await At("brent", sp => sp.GetRequiredService<CaseNoteService>().ForCaseAsync(record.Id, Priya)));
        Assert.Null(await At("bristol", sp => sp.GetRequiredService<CaseNoteService>().ForCaseAsync(record.Id, Mo)));
        Assert.Single((await At("brent", sp => sp.GetRequiredService<CaseNoteService>().ForCaseAsync(record.Id, Mo)))!.Notes);
        Assert.Equal(0, await At("bristol", sp => sp.GetRequiredService<PracticeDbContext>().CaseNotes.CountAsync()));
        var log = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(record.ChildId));
        Assert.Single(log, l => l.RecordType == "case notes" && l.Action == AccessAction.Refused && l.StaffSubject == Priya.Subject);
    }
}
