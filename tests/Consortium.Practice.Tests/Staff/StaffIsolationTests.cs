using Consortium.Practice.Staff;
using Consortium.Practice.Staff.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Staff;

/// <summary>Bristol's staff, teams and uploads are nowhere to be found at Brent, even by their ids.</summary>
public sealed class StaffIsolationTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Another_authoritys_staff_teams_and_uploads_cannot_be_read_changed_chosen_or_matched()
    {
        var bristol = await _host.ProvisionedAsync("bristol");
        var brent = await _host.ProvisionedAsync("brent");
        var team = await StaffExamples.AddTeamAsync(_host, bristol, "Bristol assessment");
        var sam = await StaffExamples.AddAsync(_host, bristol, StaffExamples.Details("sam@bristol.gov.uk") with { TeamId = team.Id });
        var upload = await _host.As(bristol, sp => sp.GetRequiredService<HrUploads>().KeepAsync(HrColumns.Template, "bristol-admin"));

        await _host.As(brent, async sp =>
        {
            var directory = sp.GetRequiredService<StaffDirectory>();
            Assert.Null(await directory.FindAsync(sam.Id));
            Assert.Null(await directory.FindTeamAsync(team.Id));
            Assert.Empty(await directory.TeamsAsync());
            Assert.Empty(await directory.ListAsync(new StaffListFilter(Status: StaffStatus.All)));
            Assert.Empty(await directory.ChosenAsync([sam.Id]));
            Assert.Empty(await directory.HistoryAsync(sam.Id));
            Assert.Null(await sp.GetRequiredService<HrUploads>().FindAsync(upload, "bristol-admin"));
            var staff = sp.GetRequiredService<StaffAdministration>();
            (await staff.EditAsync(sam.Id, StaffExamples.Details("sam@bristol.gov.uk"), sam.Version, "Brent admin")).NotFound();
            (await staff.EndAsync(sam.Id, new DateOnly(2025, 1, 1), sam.Version, "Brent admin")).NotFound();
            (await sp.GetRequiredService<TeamAdministration>().EditAsync(team.Id, new TeamDetails("Mine now", null, null), team.Version, "Brent admin")).NotFound();
            Assert.Equal("TeamId", Assert.Single((await staff.AddAsync(StaffExamples.Details("new@brent.gov.uk") with { TeamId = team.Id }, "Brent admin")).Errors()).Field);
            Assert.Equal("ManagerId", Assert.Single((await staff.AddAsync(StaffExamples.Details("new@brent.gov.uk") with { ManagerId = sam.Id }, "Brent admin")).Errors()).Field);
            Assert.Equal(SignInMatch.NoRecord, await sp.GetRequiredService<StaffSignIn>().MatchAsync("bristol-sam", ["sam@bristol.gov.uk"]));
            return 0;
        });
        var stored = await _host.As(bristol, sp => sp.GetRequiredService<StaffDirectory>().FindAsync(sam.Id));
        Assert.Equal((1, null), (stored!.Version, stored.Subject));
    }
}
