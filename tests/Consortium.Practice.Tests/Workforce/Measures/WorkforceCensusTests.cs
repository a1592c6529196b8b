using Consortium.Practice.Casework;
using Consortium.Practice.Data;
using Consortium.Practice.Staff;
using Consortium.Practice.Tests.Staff;
using Consortium.Practice.Workforce.Measures;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Workforce.Measures;

/// <summary>
/// Census year 2025 (1 October 2024 to 30 September 2025) at a hand-built Brent, its measures worked out by hand:
/// in post A 1.0 + B 0.6 + K 0.8 = 2.4 FTE, 3 people; starters B 0.6 + I 0.5; leavers C 0.8 + D 1.0 (last day 30
/// September) + I 0.5; agency E 1.0; vacancies 1.5 + 0.1; cases held at 30 September A 3 (by subject) + B 1 (by sign-in
/// name) over 1.6 case-holding FTE. Bristol's staff and vacancies count only at Bristol.
/// </summary>
public sealed class WorkforceCensusTests : IAsyncLifetime
{
    private static readonly CensusYear Year2025 = new(2025);
    private readonly PracticeTestHost _host = new();
    private TenantInfo _brent = null!;
    private TenantInfo _bristol = null!;

    public async Task InitializeAsync()
    {
        _brent = await _host.ProvisionedAsync("brent");
        _bristol = await _host.ProvisionedAsync("bristol");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private Task<StaffRecord> PersonAsync(TenantInfo tenant, string name, string start, decimal fte, string? end = null, string employment = "Employed", bool registered = true) =>
        StaffExamples.AddAsync(_host, tenant, StaffExamples.Details($"{name}@{tenant.Identifier}.gov.uk", given: name) with
        {
            StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            EndDate = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Fte = fte,
            Employment = employment,
            RegistrationNumber = registered ? "SW123456" : null,
        });

    private Task CasesAsync(TenantInfo tenant, string worker, params (string Referred, string? Closed)[] cases) => _host.As(tenant, async sp =>
    {
        var db = sp.GetRequiredService<PracticeDbContext>();
        foreach (var (referred, closed) in cases)
        {
            var child = new Child { Reference = $"C{Guid.NewGuid():N}"[..12], GivenName = "Child", FamilyName = "Example", DateOfBirth = new DateOnly(2018, 1, 1) };
            db.Children.Add(child);
            db.Cases.Add(new CaseRecord
            {
                ChildId = child.Id, Reference = $"K{Guid.NewGuid():N}"[..12], Team = "Team", WorkerSubject = worker, WorkerName = worker,
                ReferralDate = DateOnly.Parse(referred, System.Globalization.CultureInfo.InvariantCulture),
                Stage = closed is null ? CaseStage.Assessment : CaseStage.Closed,
                ClosedOn = closed is null ? null : DateOnly.Parse(closed, System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        await db.SaveChangesAsync();
        return 0;
    });

    private Task<WorkforceMeasures> MeasuresAsync(TenantInfo tenant) => _host.As(tenant, sp => sp.GetRequiredService<WorkforceCensus>().MeasuresAsync(Year2025));

    private async Task SubjectAsync(StaffRecord person, string subject) => await _host.As(_brent, async sp =>
    {
        var db = sp.GetRequiredService<PracticeDbContext>();
        (await db.StaffRecords.FindAsync(person.Id))!.Subject = subject;
        return await db.SaveChangesAsync();
    });

    private async Task HandBuiltBrentAsync()
    {
        var a = await PersonAsync(_brent, "a", "2020-01-01", 1m);
        var b = await PersonAsync(_brent, "b", "2025-03-01", 0.6m);
        await PersonAsync(_brent, "c", "2019-05-01", 0.8m, end: "2025-06-30");
        var d = await PersonAsync(_brent, "d", "2018-01-01", 1m, end: "2025-09-30");
        var e = await PersonAsync(_brent, "e", "2025-01-01", 1m, employment: "Agency");
        await PersonAsync(_brent, "f", "2024-01-01", 1m, end: "2025-08-31", employment: "Agency");
        var g = await PersonAsync(_brent, "g", "2015-01-01", 0.5m, registered: false);
        await PersonAsync(_brent, "h", "2025-10-01", 1m);
        await PersonAsync(_brent, "i", "2024-10-01", 0.5m, end: "2024-12-31");
        await PersonAsync(_brent, "j", "2016-01-01", 1m, end: "2024-09-30");
        await PersonAsync(_brent, "k", "2022-02-01", 0.8m);
        await SubjectAsync(a, "subject-of-a");

        await CasesAsync(_brent, "subject-of-a", ("2025-01-10", null), ("2024-05-01", null), ("2025-09-30", "2025-11-01"), ("2025-02-01", "2025-09-30"));
        await CasesAsync(_brent, b.SignInName, ("2025-06-01", null), ("2025-10-02", null));
        await CasesAsync(_brent, e.SignInName, ("2025-06-01", null));
        await CasesAsync(_brent, d.SignInName, ("2025-06-01", null));
        await CasesAsync(_brent, g.SignInName, ("2025-06-01", null));

        var x = await StaffExamples.AddTeamAsync(_host, _brent, "Team X");
        var y = await StaffExamples.AddTeamAsync(_host, _brent, "Team Y");
        await StaffExamples.AddTeamAsync(_host, _brent, "Team Z");
        var saved = await _host.As(_brent, sp => sp.GetRequiredService<Vacancies>().SaveAsync(Year2025, [new(x.Id, "1.5", null), new(y.Id, "0.1", null)], "Ada Administrator"));
        Assert.True(saved.IsDone, saved.Failure?.ToString());
    }

    [Fact]
    public async Task Measures_of_a_hand_built_authority_match_the_census_figures_worked_out_by_hand()
    {
        await HandBuiltBrentAsync();

        var m = await MeasuresAsync(_brent);

        Assert.Equal((2.4m, 3), (m.InPostFte, m.InPostHeadcount));
        Assert.Equal((1.1m, 2), (m.StartersFte, m.StartersHeadcount));
        Assert.Equal((2.3m, 3), (m.LeaversFte, m.LeaversHeadcount));
        Assert.Equal((95.8m, 100.0m), (m.TurnoverRateFte, m.TurnoverRateHeadcount));
        Assert.Equal((1m, 1), (m.AgencyFte, m.AgencyHeadcount));
        Assert.Equal((29.4m, 25.0m), (m.AgencyRateFte, m.AgencyRateHeadcount));
        Assert.Equal((1.6m, 2, 3), (m.VacanciesFte, m.TeamsWithVacanciesEntered, m.Teams));
        Assert.Equal(40.0m, m.VacancyRateFte);
        Assert.Equal((1.6m, 2, 4), (m.CaseHoldersFte, m.CaseHolders, m.Cases));
        Assert.Equal(2.5m, m.CaseloadFte);
    }

    [Fact]
    public async Task Another_authoritys_staff_cases_and_vacancies_count_only_there()
    {
        await HandBuiltBrentAsync();
        var bristolWorker = await PersonAsync(_bristol, "z", "2020-01-01", 0.5m);
        await CasesAsync(_bristol, bristolWorker.SignInName, ("2025-01-01", null), ("2025-01-01", null));
        var team = await StaffExamples.AddTeamAsync(_host, _bristol, "Bristol team");
        await _host.As(_bristol, sp => sp.GetRequiredService<Vacancies>().SaveAsync(Year2025, [new(team.Id, "2", null)], "Bristol admin"));

        var brent = await MeasuresAsync(_brent);
        var bristol = await MeasuresAsync(_bristol);

        Assert.Equal((2.4m, 3, 1.6m, 4), (brent.InPostFte, brent.InPostHeadcount, brent.VacanciesFte, brent.Cases));
        Assert.Equal((0.5m, 1, 2m, 2, 0m, 0), (bristol.InPostFte, bristol.InPostHeadcount, bristol.VacanciesFte, bristol.Cases, bristol.LeaversFte, bristol.AgencyHeadcount));
        Assert.Equal(["Bristol team"], (await _host.As(_bristol, sp => sp.GetRequiredService<Vacancies>().ForYearAsync(Year2025))).Select(v => v.TeamName));
        var brentTeam = (await _host.As(_brent, sp => sp.GetRequiredService<Vacancies>().ForYearAsync(Year2025)))[0];
        (await _host.As(_bristol, sp => sp.GetRequiredService<Vacancies>().SaveAsync(Year2025, [new(brentTeam.TeamId, "9", null)], "Bristol admin"))).NotFound();
    }

    [Fact]
    public async Task An_authority_with_no_social_workers_has_no_rates_rather_than_a_division_by_zero()
    {
        var m = await MeasuresAsync(_brent);

        Assert.Equal((0m, 0, null, null, null, null), (m.InPostFte, m.InPostHeadcount, m.TurnoverRateFte, m.AgencyRateFte, m.VacancyRateFte, m.CaseloadFte));
    }
}
