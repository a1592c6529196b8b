using Consortium.Practice.Access;
using Consortium.Practice.Data;
using Consortium.Practice.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Staff;

public sealed class StaffAdministrationTests : IAsyncLifetime
{
    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_member_of_staff_with_every_field_wrong_is_refused_field_by_field_and_nothing_is_saved()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var wrong = new StaffDetails
        {
            GivenName = " ",
            FamilyName = new string('x', 101),
            SignInName = "not an address",
            Role = "Wizard",
            StartDate = new DateOnly(2024, 4, 1),
            EndDate = new DateOnly(2024, 3, 1),
            RegistrationNumber = "12345",
            Fte = 1.5m,
            Employment = "Volunteer",
            TeamId = Guid.NewGuid(),
            ManagerId = Guid.NewGuid(),
        };

        var outcome = await _host.As(brent, sp => sp.GetRequiredService<StaffAdministration>().AddAsync(wrong, "Ada Administrator"));

        Assert.Equal(
            ["Employment", "EndDate", "FamilyName", "Fte", "GivenName", "JobTitle", "ManagerId", "RegistrationNumber", "Role", "SignInName", "TeamId"],
            outcome.Errors().Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(0, await _host.As(brent, sp => sp.GetRequiredService<PracticeDbContext>().StaffRecords.CountAsync()));
    }

    [Fact]
    public async Task A_sign_in_name_another_member_of_staff_has_in_any_case_is_refused()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("sam.example@brent.gov.uk"));

        var outcome = await _host.As(brent, sp => sp.GetRequiredService<StaffAdministration>().AddAsync(StaffExamples.Details("Sam.Example@Brent.gov.uk", "Samantha"), "Ada Administrator"));

        Assert.Equal("Another member of staff already has this sign-in name", Assert.Single(outcome.Errors()).Message);
    }

    [Fact]
    public async Task An_edit_from_an_older_version_is_a_conflict_that_says_who_changed_what_and_keeps_their_change()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var sam = await StaffExamples.AddAsync(_host, brent, StaffExamples.Details());
        var first = await _host.As(brent, sp => sp.GetRequiredService<StaffAdministration>().EditAsync(sam.Id, StaffExamples.Details() with { JobTitle = "Senior social worker" }, sam.Version, "Ada Administrator"));
        Assert.True(first.IsDone);

        var second = await _host.As(brent, sp => sp.GetRequiredService<StaffAdministration>().EditAsync(sam.Id, StaffExamples.Details() with { Fte = 0.6m }, sam.Version, "Bo Administrator"));

        var conflict = second.Conflict();
        Assert.StartsWith("Ada Administrator saved this record at", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(["Job title: Social worker to Senior social worker"], conflict.TheirChanges);
        var stored = await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().FindAsync(sam.Id));
        Assert.Equal(("Senior social worker", 1m, 2), (stored!.JobTitle, stored.Fte, stored.Version));
    }

    [Fact]
    public async Task A_manager_who_is_managed_by_the_person_is_refused()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var mo = await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("mo@brent.gov.uk", "Mo", "Manager"));
        var sam = await StaffExamples.AddAsync(_host, brent, StaffExamples.Details() with { ManagerId = mo.Id });

        var outcome = await _host.As(brent, sp => sp.GetRequiredService<StaffAdministration>().EditAsync(mo.Id, StaffExamples.Details("mo@brent.gov.uk", "Mo", "Manager") with { ManagerId = sam.Id }, mo.Version, "Ada Administrator"));

        Assert.Equal("ManagerId", Assert.Single(outcome.Errors()).Field);
    }

    [Fact]
    public async Task A_leaver_is_no_longer_offered_to_choose_and_the_list_of_leavers_has_them()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var team = await StaffExamples.AddTeamAsync(_host, brent, "Assessment team 1");
        var sam = await StaffExamples.AddAsync(_host, brent, StaffExamples.Details() with { TeamId = team.Id });
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("mo@brent.gov.uk", "Mo", "Manager") with { Role = "Team manager", TeamId = team.Id });

        var ended = await _host.As(brent, sp => sp.GetRequiredService<StaffAdministration>().EndAsync(sam.Id, new DateOnly(2025, 1, 31), sam.Version, "Ada Administrator"));

        Assert.True(ended.IsDone);
        var choices = await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().ChooseFromAsync(team.Id));
        Assert.Equal(["Mo Manager"], choices.Select(c => c.Name));
        Assert.Empty(await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().ChooseFromAsync(team.Id, StaffRole.Practitioner)));
        var leavers = await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().ListAsync(new StaffListFilter(Status: StaffStatus.Left)));
        Assert.Equal(["Sam Example"], leavers.Select(l => l.Name));
        var history = await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().HistoryAsync(sam.Id));
        Assert.Equal("Leaving date: none to 31 January 2025", history[0].Summary);
    }

    [Fact]
    public async Task A_leaving_date_before_they_started_is_refused()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var sam = await StaffExamples.AddAsync(_host, brent, StaffExamples.Details());

        var outcome = await _host.As(brent, sp => sp.GetRequiredService<StaffAdministration>().EndAsync(sam.Id, new DateOnly(2020, 1, 1), sam.Version, "Ada Administrator"));

        Assert.Equal("EndDate", Assert.Single(outcome.Errors()).Field);
    }

    [Fact]
    public async Task Two_teams_cannot_share_a_name_in_any_case()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await StaffExamples.AddTeamAsync(_host, brent, "Assessment team 1");

        var outcome = await _host.As(brent, sp => sp.GetRequiredService<TeamAdministration>().AddAsync(new TeamDetails("assessment TEAM 1", null, null), "Ada Administrator"));

        Assert.Equal("Another team already has this name", Assert.Single(outcome.Errors()).Message);
    }
}
