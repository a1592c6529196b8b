using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class MeetingAttendeesTests : IAsyncLifetime
{
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<Guid> StaffAt(string slug, string given, DateOnly? left = null) => At(slug, async sp =>
    {
        var db = sp.GetRequiredService<PracticeDbContext>();
        var record = new StaffRecord
        {
            GivenName = given, FamilyName = "Example", SignInName = $"{given}@{slug}.example", Role = StaffRole.Practitioner,
            JobTitle = "Social worker", StartDate = Today.AddYears(-1), EndDate = left, Fte = 1m, Employment = Employment.Employed,
        };
        db.StaffRecords.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    });

    /// <summary>A case on a child protection plan that started five days ago, and its child's mother on the child's record.</summary>
    private async Task<(CaseRecord Case, Guid Mother)> OnAPlan()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral() with { ReferralDate = Today.AddDays(-30) }, Priya))).Value!;
        foreach (var move in new[]
        {
            new StageTransition(CaseStage.StrategyDiscussion, Today.AddDays(-25)),
            new StageTransition(CaseStage.Section47Enquiry, Today.AddDays(-25)),
            new StageTransition(CaseStage.InitialConference, Today.AddDays(-5)),
            new StageTransition(CaseStage.ChildProtectionPlan, Today.AddDays(-5), "NEG"),
        })
        {
            record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().MoveAsync(record.Id, move, record.ConcurrencyToken, Priya))).Value!;
        }

        var mother = (await At("brent", sp => sp.GetRequiredService<FamilyService>().AddAsync(record.ChildId, new FamilyMemberInput("Jo Attended", "Mother", null, true, true, null), Priya))).Value!;
        return (record, mother.Id);
    }

    private Task<Outcome<CaseRecord>> CoreGroup(CaseRecord record, AttendeesInput attendees) =>
        At("brent", sp => sp.GetRequiredService<ProtectionPlanService>().RecordCoreGroupAsync(record.Id, Today, record.ConcurrencyToken, Priya, attendees));

    [Fact]
    public async Task A_core_group_keeps_who_attended_from_the_directory_the_childs_family_and_other_agencies_and_the_chronology_names_them()
    {
        var (record, mother) = await OnAPlan();
        var sam = await StaffAt("brent", "Sam");

        var saved = await CoreGroup(record, new AttendeesInput([sam], [mother], [new OtherAttendee("Ann Teacher", "Greenfield Primary School")]));

        Assert.True(saved.IsDone);
        var attendees = await At("brent", sp => sp.GetRequiredService<MeetingAttendees>().OfCaseAsync(record.Id));
        var meeting = Assert.Single(attendees);
        Assert.Equal(
            ["Sam Example (Social worker)", "Jo Attended (Mother)", "Ann Teacher (Greenfield Primary School)"],
            meeting.Select(a => a.Label));
        Assert.Equal([AttendeeKind.Staff, AttendeeKind.Family, AttendeeKind.OtherAgency], meeting.Select(a => a.Kind));
        var chronology = (await At("brent", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, ChronologyFilter.Everything, Priya))).Value!;
        Assert.Contains(chronology.Events, e => e.Kind == ChronologyEventKind.CoreGroup && e.What == "Core group meeting. Attended: Sam Example (Social worker), Jo Attended (Mother), Ann Teacher (Greenfield Primary School)");
    }

    [Fact]
    public async Task Attendees_not_chosen_from_the_directory_or_the_childs_family_are_refused_and_nothing_is_saved()
    {
        var (record, _) = await OnAPlan();
        var leaver = await StaffAt("brent", "Lee", left: Today.AddDays(-1));
        var elsewhere = await StaffAt("bristol", "Bo");
        var strangersFamily = Guid.NewGuid();

        var none = await CoreGroup(record, new AttendeesInput([], [], []));
        var wrong = await CoreGroup(record, new AttendeesInput([leaver, elsewhere], [strangersFamily], [new OtherAttendee("No agency", null)]));

        Assert.Equal(["StaffAttendees"], Assert.IsType<Failure.Invalid>(none.Failure).Errors.Select(e => e.Field));
        Assert.Equal(["StaffAttendees", "FamilyAttendees", "OtherAttendees"], Assert.IsType<Failure.Invalid>(wrong.Failure).Errors.Select(e => e.Field));
        Assert.Equal((0, 0), await At("brent", async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            return (await db.CoreGroupMeetings.CountAsync(), await db.MeetingAttendees.CountAsync());
        }));
    }
}
