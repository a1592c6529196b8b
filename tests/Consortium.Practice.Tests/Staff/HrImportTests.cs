using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Consortium.Practice.Staff.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Staff;

public sealed class HrImportTests : IAsyncLifetime
{
    private const string Headings = "First name,Last name,Sign-in name,Team,Role,Job title,Manager sign-in name,Start date,Leaving date,Registration number,FTE,Employment";

    private readonly PracticeTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_good_file_previews_its_adds_changes_leavers_and_new_teams_then_imports_exactly_those()
    {
        var brent = await _host.ProvisionedAsync("brent");
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("sam@brent.gov.uk"));
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("lee@brent.gov.uk", "Lee", "Leaver"));
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("kim@brent.gov.uk", "Kim", "Kept"));
        var file = string.Join("\n",
            Headings,
            "Mo,Manager,mo@brent.gov.uk,Assessment team 1,Team manager,Team manager,,2019-09-02,,SW000111,1,Employed",
            "Sam,Example,SAM@brent.gov.uk,Assessment team 1,Practitioner,Senior social worker,mo@brent.gov.uk,01/04/2024,,SW123456,0.8,Employed",
            "Lee,Leaver,lee@brent.gov.uk,,Practitioner,Social worker,,2024-04-01,31/01/2025,SW123456,1,Employed",
            "Ann,Agency,ann@brent.gov.uk,\"Child protection, team 2\",Practitioner,Locum social worker,mo@brent.gov.uk,2025-02-03,,SW222333,1,agency");

        var preview = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().PreviewAsync(file));

        Assert.Empty(preview.Problems);
        Assert.Equal(["Mo Manager", "Ann Agency"], preview.Adds.Select(a => a.Name));
        Assert.Equal(["Team: none to Assessment team 1", "Job title: Social worker to Senior social worker", "Manager: none to Mo Manager", "FTE: 1 to 0.8"], Assert.Single(preview.Updates).Changes);
        Assert.Equal(["Leaving date: none to 31 January 2025"], Assert.Single(preview.Leavers).Changes);
        Assert.Equal(["Assessment team 1", "Child protection, team 2"], preview.NewTeams);
        Assert.Equal(1, preview.NotInFile);

        var imported = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().ImportAsync(file, preview.Fingerprint, "Ada Administrator"));

        Assert.True(imported.IsDone, imported.Failure?.ToString());
        var staff = await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().ListAsync(new StaffListFilter(Status: StaffStatus.All, Sort: StaffSort.Name)));
        Assert.Equal(["Ann Agency", "Sam Example", "Kim Kept", "Lee Leaver", "Mo Manager"], staff.Select(s => s.Name));
        var sam = staff.Single(s => s.Name == "Sam Example");
        Assert.Equal(("Assessment team 1", "Mo Manager", 0.8m, "Senior social worker"), (sam.Team, sam.Manager, sam.Fte, sam.JobTitle));
        Assert.Equal(Employment.Agency, staff.Single(s => s.Name == "Ann Agency").Employment);
        Assert.Equal(new DateOnly(2025, 1, 31), staff.Single(s => s.Name == "Lee Leaver").EndDate);
        var again = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().PreviewAsync(file));
        Assert.Equal((0, 0, 0, 4), (again.Adds.Count, again.Updates.Count, again.Leavers.Count, again.Unchanged));
    }

    [Fact]
    public async Task A_bad_file_names_every_problem_by_row_and_column_and_imports_nothing_even_from_its_good_rows()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var file = string.Join("\n",
            Headings,
            "Good,Person,good@brent.gov.uk,New team,Practitioner,Social worker,,2024-04-01,,,1,Employed",
            "Bad,Dates,bad@brent.gov.uk,,Practitioner,Social worker,,31/02/2024,,,1,Employed",
            ",Nameless,nameless@brent.gov.uk,,Wizard,Social worker,nobody@brent.gov.uk,2024-04-01,,SW12x,1.2,Employed",
            "Good,Twice,GOOD@brent.gov.uk,,Practitioner,Social worker,,2024-04-01,2023-01-01,,1,Volunteer");

        var preview = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().PreviewAsync(file));

        Assert.Equal(
            [
                "Row 3, Start date: Enter a real date, like 2024-04-01 or 01/04/2024",
                "Row 4, First name: Enter a first name",
                "Row 4, Role: Choose a role: practitioner, team manager, quality assurance or authority administrator",
                "Row 4, Manager sign-in name: Nobody in the file or the directory has this sign-in name",
                "Row 4, Registration number: Registration number must be SW followed by up to 7 digits, like SW123456",
                "Row 4, FTE: FTE must be a number more than 0 and no more than 1, like 1 or 0.6",
                "Row 5, Sign-in name: The same sign-in name is on row 2: each person must have one row",
                "Row 5, Leaving date: Leaving date must be on or after the start date",
                "Row 5, Employment: Choose employed or agency",
            ],
            preview.Problems.Select(p => p.ToString()));
        var imported = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().ImportAsync(file, preview.Fingerprint, "Ada Administrator"));
        Assert.Equal(9, Assert.IsType<Failure.Invalid>(imported.Failure).Errors.Count);
        await AssertNothingImportedAsync(brent);
    }

    [Fact]
    public async Task A_file_whose_headings_are_wrong_is_refused_before_its_rows_are_read()
    {
        var brent = await _host.ProvisionedAsync("brent");

        var preview = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().PreviewAsync("First name,Surname,Sign-in name\nSam,Example,sam@brent.gov.uk"));

        Assert.Equal(
            [
                "Row 1: Column 2 has the heading \"Surname\", which is not one of the columns Consortium reads",
                "Row 1, Last name: The file must have this column",
                "Row 1, Role: The file must have this column",
                "Row 1, Job title: The file must have this column",
                "Row 1, Start date: The file must have this column",
                "Row 1, FTE: The file must have this column",
                "Row 1, Employment: The file must have this column",
            ],
            preview.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task A_file_of_more_than_five_thousand_rows_is_refused_whole()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var rows = Enumerable.Range(1, HrFile.MaxRows + 1).Select(i => $"P,{i},p{i}@brent.gov.uk,,Practitioner,Social worker,,2024-04-01,,,1,Employed");

        var preview = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().PreviewAsync(string.Join("\n", [Headings, .. rows])));

        Assert.Equal("Row 5002: The file must have at most 5,000 rows of staff", Assert.Single(preview.Problems).ToString());
    }

    [Fact]
    public async Task A_confirmation_after_the_directory_changed_since_the_preview_imports_nothing()
    {
        var brent = await _host.ProvisionedAsync("brent");
        var file = string.Join("\n", Headings, "Sam,Example,sam@brent.gov.uk,,Practitioner,Social worker,,2024-04-01,,,1,Employed", "Kim,Other,kim@brent.gov.uk,,Practitioner,Social worker,,2024-04-01,,,1,Employed");
        var preview = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().PreviewAsync(file));
        await StaffExamples.AddAsync(_host, brent, StaffExamples.Details("sam@brent.gov.uk"));

        var imported = await _host.As(brent, sp => sp.GetRequiredService<HrImport>().ImportAsync(file, preview.Fingerprint, "Ada Administrator"));

        imported.Conflict();
        Assert.Equal(["Sam Example"], (await _host.As(brent, sp => sp.GetRequiredService<StaffDirectory>().ListAsync(new StaffListFilter(Status: StaffStatus.All)))).Select(s => s.Name));
    }

    private async Task AssertNothingImportedAsync(Consortium.Tenancy.TenantInfo tenant)
    {
        var (staff, teams) = await _host.As(tenant, async sp =>
        {
            var db = sp.GetRequiredService<PracticeDbContext>();
            return (await db.StaffRecords.CountAsync(), await db.Teams.CountAsync());
        });
        Assert.Equal((0, 0), (staff, teams));
    }
}
