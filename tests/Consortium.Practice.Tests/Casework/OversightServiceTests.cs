using Consortium.Practice.Access;
using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Tests.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Casework;

public sealed class OversightServiceTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();
    private static readonly StaffMember Priya = new("brent-practitioner", "Priya Practitioner", "Team 1", new HashSet<StaffRole> { StaffRole.Practitioner });
    private static readonly StaffMember Mo = new("brent-manager", "Mo Manager", "Team 1", new HashSet<StaffRole> { StaffRole.TeamManager });
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private async Task<T> At<T>(string slug, Func<IServiceProvider, Task<T>> work) => await _host.As(await _host.ProvisionedAsync(slug), work);

    private Task<CaseRecord> Referred() =>
        At("brent", async sp => (await sp.GetRequiredService<CaseworkService>().RecordReferralAsync(CaseworkServiceTests.Referral(), Priya)).Value!);

    [Fact]
    public async Task A_manager_allocates_a_case_from_the_directory_the_history_is_kept_and_it_is_on_the_new_workers_caseload()
    {
        var record = await Referred();
        var sam = await StaffExamples.AddAsync(_host, await _host.ProvisionedAsync("brent"), StaffExamples.Details("sam.example@brent.gov.uk"));

        var allocated = await At("brent", sp => sp.GetRequiredService<OversightService>().AllocateAsync(record.Id, sam.Id, record.ConcurrencyToken, Mo));
        var stale = await At("brent", sp => sp.GetRequiredService<OversightService>().AllocateAsync(record.Id, sam.Id, record.ConcurrencyToken, Mo));

        Assert.True(allocated.IsDone, allocated.Failure?.ToString());
        Assert.Equal("Sam Example", allocated.Value!.WorkerName);
        stale.Conflict();
        var history = await At("brent", sp => sp.GetRequiredService<OversightService>().AllocationsAsync(record.Id));
        Assert.Equal([("Priya Practitioner", "Sam Example", "Mo Manager")], history.Select(h => (h.FromName, h.ToName, h.AllocatedBy)));
        var samSignedIn = new StaffMember("sam-subject-not-yet-linked", "Sam Example", "", new HashSet<StaffRole> { StaffRole.Practitioner }, "Sam.Example@brent.gov.uk");
        Assert.Equal([record.Id], (await At("brent", sp => sp.GetRequiredService<CaseloadService>().MineAsync(samSignedIn))).Select(r => r.CaseId));
        Assert.Empty(await At("brent", sp => sp.GetRequiredService<CaseloadService>().MineAsync(Priya)));
    }

    [Fact]
    public async Task Only_a_manager_allocates_only_to_current_staff_of_the_same_authority()
    {
        var record = await Referred();
        var bristolSam = await StaffExamples.AddAsync(_host, await _host.ProvisionedAsync("bristol"), StaffExamples.Details("sam.example@bristol.gov.uk"));
        var brentSam = await StaffExamples.AddAsync(_host, await _host.ProvisionedAsync("brent"), StaffExamples.Details("sam.example@brent.gov.uk"));

        var byPractitioner = await At("brent", sp => sp.GetRequiredService<OversightService>().AllocateAsync(record.Id, brentSam.Id, record.ConcurrencyToken, Priya));
        var toBristolStaff = await At("brent", sp => sp.GetRequiredService<OversightService>().AllocateAsync(record.Id, bristolSam.Id, record.ConcurrencyToken, Mo));
        var fromBristol = await At("bristol", sp => sp.GetRequiredService<OversightService>().AllocateAsync(record.Id, bristolSam.Id, record.ConcurrencyToken, Mo));

        byPractitioner.NotFound();
        Assert.Equal("StaffId", Assert.Single(toBristolStaff.Errors()).Field);
        fromBristol.NotFound();
        Assert.Equal("Priya Practitioner", await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Cases.Where(c => c.Id == record.Id).Select(c => c.WorkerName).SingleAsync()));
        Assert.Equal(0, await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().Allocations.CountAsync()));
    }

    [Fact]
    public async Task A_manager_records_supervision_in_the_three_columns_and_nobody_else_can()
    {
        var record = await Referred();
        var sam = await StaffExamples.AddAsync(_host, await _host.ProvisionedAsync("brent"), StaffExamples.Details("sam.supervised@brent.gov.uk"));
        var input = new SupervisionInput(Today, [sam.Id], "Grandmother visits daily.", "Dad's new partner.", "Network meeting by Friday.");

        var saved = await At("brent", sp => sp.GetRequiredService<OversightService>().SuperviseAsync(record.Id, input, Mo));
        var bad = await At("brent", sp => sp.GetRequiredService<OversightService>().SuperviseAsync(record.Id, input with { HeldOn = Today.AddDays(1), NeedsToHappen = " " }, Mo));
        var byPractitioner = await At("brent", sp => sp.GetRequiredService<OversightService>().SuperviseAsync(record.Id, input, Priya));
        var fromBristol = await At("bristol", sp => sp.GetRequiredService<OversightService>().SuperviseAsync(record.Id, input, Mo));

        Assert.True(saved.IsDone, saved.Failure?.ToString());
        Assert.Equal(["HeldOn", "NeedsToHappen"], bad.Errors().Select(e => e.Field));
        byPractitioner.NotFound();
        fromBristol.NotFound();
        var listed = Assert.Single(await At("brent", sp => sp.GetRequiredService<OversightService>().SupervisionsAsync(record.Id)));
        Assert.Equal(("Grandmother visits daily.", "Dad's new partner.", "Network meeting by Friday."), (listed.WorkingWell, listed.Worries, listed.NeedsToHappen));
        Assert.Equal([(AttendeeKind.Staff, sam.Id, listed.Id)], (await At("brent", sp => sp.GetRequiredService<PracticeDbContext>().MeetingAttendees.Where(a => a.CaseId == record.Id).ToListAsync())).Select(a => (a.Kind, a.StaffRecordId!.Value, a.MeetingId)));
    }
}
