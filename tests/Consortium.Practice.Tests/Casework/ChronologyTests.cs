using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class ChronologyTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private static readonly HashSet<ChronologyEventKind> NoKinds = [];

    [Fact]
    public void The_chronology_lists_the_cases_significant_events_oldest_first()
    {
        var on = new DateOnly(2025, 1, 6);
        var record = new CaseRecord
        {
            ReferralDate = on,
            ReferralSource = ReferralSource.List.FromStored("2A"),
            PrimaryNeed = PrimaryNeed.List.FromStored("N1"),
            AssessmentStart = on.AddDays(1),
            StrategyDiscussion = on.AddDays(2),
            Section47Start = on.AddDays(2),
            InitialConference = on.AddDays(10),
            ProtectionPlanStart = on.AddDays(10),
            ProtectionPlanEnd = on.AddDays(100),
            ClosedOn = on.AddDays(100),
            Reviews = [new ReviewConference { HeldOn = on.AddDays(100), Outcome = ReviewOutcome.EndPlan, RecordedBy = "Mo Manager" }],
            CoreGroups = [new CoreGroupMeeting { HeldOn = on.AddDays(15), RecordedBy = "Priya Practitioner" }],
            Visits = [new StatutoryVisit { VisitedOn = on.AddDays(20), SeenAlone = true, Notes = "Private words", RecordedBy = "Priya Practitioner" }],
        };
        var supervisions = new[] { new Supervision { HeldOn = on.AddDays(30), NeedsToHappen = "Visit weekly", RecordedBy = "Mo Manager" } };
        var allocations = new[] { new AllocationChange { AllocatedAt = new DateTimeOffset(2025, 1, 8, 9, 0, 0, TimeSpan.Zero), ToName = "Sam Social", ToTeam = "Team 2", AllocatedBy = "Mo Manager" } };
        var restrictions = new[] { new AccessLogEntry { At = new DateTimeOffset(2025, 1, 9, 9, 0, 0, TimeSpan.Zero), Detail = "Restricted; added someone@brent", StaffName = "Mo Manager" } };
        var notes = new[]
        {
            new CaseNote { WrittenOn = on.AddDays(40), Type = CaseNoteType.PhoneCall, Text = "Father moved back in", Significant = true, RecordedBy = "Priya Practitioner" },
            new CaseNote { WrittenOn = on.AddDays(41), Type = CaseNoteType.Other, Text = "Routine", Significant = false },
        };

        var events = Chronology.Of(record, supervisions, allocations, restrictions, notes);

        Assert.Equal(
            [
                ChronologyEventKind.Referral, ChronologyEventKind.Assessment, ChronologyEventKind.Allocation, ChronologyEventKind.StrategyDiscussion,
                ChronologyEventKind.Section47, ChronologyEventKind.Restriction, ChronologyEventKind.Conference, ChronologyEventKind.Plan,
                ChronologyEventKind.CoreGroup, ChronologyEventKind.Visit, ChronologyEventKind.Supervision, ChronologyEventKind.Note,
                ChronologyEventKind.Conference, ChronologyEventKind.Plan, ChronologyEventKind.Closure,
            ],
            events.Select(e => e.Kind));
        Assert.Equal(events.OrderBy(e => e.On).Select(e => e.On), events.Select(e => e.On));
        Assert.Contains(events, e => e.Kind == ChronologyEventKind.Note && e.What.Contains("Father moved back in", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.What.Contains("Routine", StringComparison.Ordinal) || e.What.Contains("Private words", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.What.Contains("someone@brent", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filter_shows_the_kinds_chosen_between_its_dates_and_refuses_dates_the_wrong_way_round()
    {
        var events = new[]
        {
            new ChronologyEvent(new DateOnly(2025, 1, 1), ChronologyEventKind.Referral, "r"),
            new ChronologyEvent(new DateOnly(2025, 2, 1), ChronologyEventKind.Visit, "v1"),
            new ChronologyEvent(new DateOnly(2025, 3, 1), ChronologyEventKind.Visit, "v2"),
            new ChronologyEvent(new DateOnly(2025, 3, 1), ChronologyEventKind.Note, "n"),
        };

        var visitsFromFebruary = new ChronologyFilter(new HashSet<ChronologyEventKind> { ChronologyEventKind.Visit, ChronologyEventKind.Note }, new DateOnly(2025, 2, 2), new DateOnly(2025, 3, 1));

        Assert.Equal(["v2", "n"], events.Where(visitsFromFebruary.Shows).Select(e => e.What));
        Assert.Equal(4, events.Count(ChronologyFilter.Everything.Shows));
        Assert.Equal("From", Assert.Single(new ChronologyFilter(NoKinds, new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 1)).Validate()).Field);
    }

    [Fact]
    public async Task The_service_reads_a_cases_chronology_logs_the_view_and_gives_nothing_for_a_restricted_record_or_another_authority()
    {
        var record = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya))).Value!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseNoteService>().AddAsync(record.Id, new CaseNoteInput(Today, CaseNoteType.Meeting, "Significant meeting", true), Priya))).IsDone);
        Assert.True((await At("brent", sp => sp.GetRequiredService<VisitService>().RecordAsync(record.Id, new VisitInput(Today, true, null), Priya))).IsDone);

        var all = await At("brent", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, ChronologyFilter.Everything, Priya));
        var notesOnly = await At("brent", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, new ChronologyFilter(new HashSet<ChronologyEventKind> { ChronologyEventKind.Note }, null, null), Priya));
        var backwards = await At("brent", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, new ChronologyFilter(NoKinds, Today, Today.AddDays(-1)), Priya));
        var elsewhere = await At("bristol", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, ChronologyFilter.Everything, Mo));

        Assert.Equal([ChronologyEventKind.Referral, ChronologyEventKind.Visit, ChronologyEventKind.Note], all.Value!.Events.Select(e => e.Kind));
        Assert.Equal("Significant meeting", Assert.Single(notesOnly.Value!.Events).What.Split(": ")[1]);
        Assert.Equal("From", Assert.Single(backwards.Errors()).Field);
        elsewhere.NotFound();

        var child = (await At("brent", sp => sp.GetRequiredService<CaseworkService>().OpenChildAsync(record.ChildId, Mo))).Child!;
        Assert.True((await At("brent", sp => sp.GetRequiredService<CaseworkService>().RestrictAsync(child.Id, true, [], child.ConcurrencyToken, Mo))).IsDone);
        var restricted = await At("brent", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, ChronologyFilter.Everything, Priya));
        var named = await At("brent", sp => sp.GetRequiredService<ChronologyService>().ForCaseAsync(record.Id, ChronologyFilter.Everything, Mo));

        restricted.NotFound();
        Assert.Equal(ChronologyEventKind.Restriction, named.Value!.Events.Single(e => e.Kind == ChronologyEventKind.Restriction).Kind);
        var log = await At("brent", sp => sp.GetRequiredService<CaseworkService>().AccessLogAsync(record.ChildId));
        Assert.Equal(2, log.Count(l => l.RecordType == "chronology" && l.Action == AccessAction.Viewed && l.StaffSubject == Priya.Subject));
        Assert.Single(log, l => l.RecordType == "chronology" && l.Action == AccessAction.Refused);
    }
}
