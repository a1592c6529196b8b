using System.Text.Json;
using Consortium.Contracts;
using Consortium.Contracts.Catalogue;
using Consortium.Contracts.Messages;
using Consortium.Metrics.Computation;
using Consortium.Metrics.Data;
using Consortium.Metrics.Outbox;
using Consortium.Metrics.Scheduling;
using Consortium.Practice.Access;
using Consortium.Practice.Data;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Leadership;
using Consortium.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Metrics.Tests.Computation;

/// <summary>
/// WF_TRAINED, WF_LEADERS, WF_TURNOVER and WF_AGENCY on a hand-built directory whose census figures are worked out by
/// hand below. Reporting year 2024-25 carries the census year 1 October 2024 to 30 September 2025.
/// </summary>
public sealed class WorkforceIndicatorTests : IAsyncLifetime
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.Year(2024);
    private readonly MetricsTestHost _host = new();
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _host.ProvisionedAsync("suffolk");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// Employed social workers on 30 September 2025: A, B (started in the year), G and H: 4. Leavers in the year: C
    /// (31 March 2025) and D (last day 30 September 2025, a leaver, not in post): 2. E left before the year, F starts
    /// after it. Agency social workers then: J (K's last day was 30 June): 1. L is a practitioner with no registration
    /// (not a social worker); M works in quality assurance, also unregistered. Practice leaders serving then: A; G's term ended 30 June; J is
    /// agency and C has left.
    /// </summary>
    private Task BuildDirectory(TenantInfo tenant) => _host.As(tenant, async sp =>
    {
        var db = sp.GetRequiredService<PracticeDbContext>();
        var number = 0;
        StaffRecord Person(string name, StaffRole role, DateOnly start, DateOnly? end = null, bool registered = true, Employment employment = Employment.Employed)
        {
            var person = new StaffRecord
            {
                GivenName = name, FamilyName = "Worker", SignInName = $"{name.ToLowerInvariant()}@example.test", Role = role, JobTitle = "Social worker",
                StartDate = start, EndDate = end, RegistrationNumber = registered ? $"SW{++number:00000}" : null, Fte = 1m, Employment = employment,
            };
            db.StaffRecords.Add(person);
            return person;
        }

        void Trained(StaffRecord person, string level, DateOnly on) => db.TrainingRecords.Add(new TrainingRecord
        {
            StaffId = person.Id, Level = level, CompletedOn = on, Source = TrainingSource.External, Evidence = "Certificate seen", RecordedBy = "admin",
        });

        void Leads(StaffRecord person, DateOnly from, DateOnly? until = null) =>
            db.PracticeLeaders.Add(new PracticeLeader { StaffId = person.Id, From = from, Until = until, RecordedBy = "admin" });

        var a = Person("A", StaffRole.Practitioner, D(2020, 1, 1));
        var b = Person("B", StaffRole.Practitioner, D(2024, 11, 1));
        var c = Person("C", StaffRole.Practitioner, D(2019, 5, 1), D(2025, 3, 31));
        var d = Person("D", StaffRole.Practitioner, D(2018, 1, 1), D(2025, 9, 30));
        Person("E", StaffRole.Practitioner, D(2022, 1, 1), D(2024, 9, 30));
        Person("F", StaffRole.Practitioner, D(2025, 10, 1));
        var g = Person("G", StaffRole.TeamManager, D(2021, 1, 1));
        var h = Person("H", StaffRole.Practitioner, D(2023, 1, 1));
        var j = Person("J", StaffRole.Practitioner, D(2025, 1, 1), employment: Employment.Agency);
        Person("K", StaffRole.Practitioner, D(2023, 1, 1), D(2025, 6, 30), employment: Employment.Agency);
        Person("L", StaffRole.Practitioner, D(2020, 1, 1), registered: false);
        Person("M", StaffRole.QualityAssurance, D(2020, 1, 1), registered: false);

        Trained(a, DefaultTrainingPolicy.Introductory, D(2020, 3, 1));
        Trained(a, DefaultTrainingPolicy.Advanced, D(2021, 1, 1));
        Trained(b, DefaultTrainingPolicy.Introductory, D(2025, 1, 10));
        Trained(g, DefaultTrainingPolicy.Advanced, D(2022, 1, 1));
        Trained(g, DefaultTrainingPolicy.PracticeLeader, D(2023, 1, 1));
        Trained(h, DefaultTrainingPolicy.Introductory, D(2023, 2, 1));
        Trained(h, DefaultTrainingPolicy.Advanced, D(2025, 10, 5));
        Trained(j, DefaultTrainingPolicy.Introductory, D(2024, 1, 1));
        Trained(j, DefaultTrainingPolicy.Advanced, D(2024, 6, 1));
        Trained(d, DefaultTrainingPolicy.Introductory, D(2018, 3, 1));
        Trained(d, DefaultTrainingPolicy.Advanced, D(2019, 1, 1));

        Leads(a, D(2023, 1, 1));
        Leads(g, D(2022, 1, 1), D(2025, 6, 30));
        Leads(j, D(2025, 2, 1));
        Leads(c, D(2020, 1, 1));
        await db.SaveChangesAsync();
    });

    private Task<Dictionary<IndicatorCode, (long? Numerator, long? Denominator)>> Measures(ReportingPeriod period, DateOnly? today = null, TrainingPolicy? training = null) =>
        _host.As(_tenant, async sp =>
            (await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), period, new ComputationSettings(5, 100_000, 90, Today: today, Training: training)))
                .Where(m => WorkforceIndicators.Codes.Contains(m.Indicator))
                .ToDictionary(m => m.Indicator, m => (m.Numerator, m.Denominator)));

    [Fact]
    public async Task Turnover_and_agency_rates_are_the_census_figures_at_30_September_of_the_census_year_the_reporting_year_carries()
    {
        await BuildDirectory(_tenant);

        var measures = await Measures(Year2024);

        Assert.Equal((2L, 4L), measures[IndicatorCode.WF_TURNOVER]);
        Assert.Equal((1L, 5L), measures[IndicatorCode.WF_AGENCY]);
        Assert.Equal((1L, 4L), measures[IndicatorCode.WF_LEADERS]);
    }

    [Fact]
    public async Task Staff_trained_hold_every_level_their_role_requires_on_the_census_day()
    {
        await BuildDirectory(_tenant);

        // On the register on 30 September 2025 with a role that needs training: A, B, G, H, J and L (M's role needs none).
        // A, G and J hold every level; B has introductory only, H's advanced came after the day, L has nothing.
        Assert.Equal((3L, 6L), (await Measures(Year2024))[IndicatorCode.WF_TRAINED]);
    }

    [Fact]
    public async Task A_completion_past_its_refresher_date_no_longer_counts_as_trained()
    {
        await BuildDirectory(_tenant);
        var policy = new TrainingPolicy
        {
            Levels = [new() { Key = DefaultTrainingPolicy.Introductory, Name = "Introductory", Days = 2, RefresherYears = 2 }],
            Requirements = [new() { Role = StaffRole.Practitioner, Level = DefaultTrainingPolicy.Introductory, WithinMonths = 3 }],
        };

        // Practitioners A, B, H, J, L: A's (2020) and H's (February 2023) introductory have expired; B's and J's are current.
        Assert.Equal((2L, 5L), (await Measures(Year2024, training: policy))[IndicatorCode.WF_TRAINED]);
    }

    [Fact]
    public async Task Before_30_September_the_census_year_is_measured_as_at_today()
    {
        await BuildDirectory(_tenant);

        // 15 June 2025: in post A, B, D, G, H (5); left so far C (1); agency J and K (2).
        var measures = await Measures(Year2024, today: D(2025, 6, 15));

        Assert.Equal((1L, 5L), measures[IndicatorCode.WF_TURNOVER]);
        Assert.Equal((2L, 7L), measures[IndicatorCode.WF_AGENCY]);
    }

    [Fact]
    public void The_workforce_indicators_are_new_in_catalogue_version_4_and_shared_by_reporting_year_only()
    {
        Assert.Equal(4, IndicatorCatalogue.Version);
        Assert.All(WorkforceIndicators.Codes.Select(IndicatorCatalogue.Get), d =>
            Assert.Equal((IndicatorGroup.Workforce, IndicatorUnit.Percent, 4, true, false), (d.Group, d.Unit, d.IntroducedInVersion, d.SharedForReportingYearsOnly, d.AddsUpOverPeriods)));
    }

    [Fact]
    public async Task Months_and_quarters_have_no_census_figure()
    {
        await BuildDirectory(_tenant);

        Assert.All((await Measures(ReportingPeriod.MonthOf(D(2025, 9, 1)))).Values, v => Assert.Equal((null, null), v));
        Assert.All((await Measures(ReportingPeriod.QuarterOf(D(2025, 9, 1)))).Values, v => Assert.Equal((null, null), v));
    }

    [Fact]
    public async Task Small_counts_of_the_workforce_indicators_are_suppressed_before_they_leave_the_authority()
    {
        await BuildDirectory(_tenant);

        var values = await _host.As(_tenant, async sp =>
            (await IndicatorComputer.ComputeAsync(sp.GetRequiredService<MetricsDbContext>(), Year2024, new ComputationSettings(5, 100_000, 90)))
                .Where(m => WorkforceIndicators.Codes.Contains(m.Indicator))
                .Select(m => DisclosureControl.Apply(m, 5, 100_000)).ToList());

        Assert.Equal(4, values.Count);
        Assert.All(values, v => Assert.Equal(ValueStatus.Suppressed, v.Status));
        Assert.All(values, v => Assert.Null(v.Value));
    }

    [Fact]
    public async Task A_reporting_year_shares_the_authoritys_own_census_figures_and_its_months_share_none()
    {
        await StaffAsync(_tenant, inPost: 40, leavers: 8, agency: 10);
        await StaffAsync(await _host.ProvisionedAsync("wakefield"), inPost: 30, leavers: 20, agency: 30);

        await _host.Services.GetRequiredService<IndicatorPublisher>().BackfillAsync(_tenant, Year2024.ReportingYear, SnapshotReason.Backfill);

        var shared = await _host.As(_tenant, async sp => (await sp.GetRequiredService<MetricsDbContext>().SharedSnapshots.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Body).ToListAsync())
            .Select(b => JsonSerializer.Deserialize<IndicatorSnapshotPublished>(b, ContractJson.Options)!).ToList());
        var year = shared.Last(s => s.Period == Year2024).Values.ToDictionary(v => v.Indicator);
        Assert.Equal((ValueStatus.Available, 20m, 8L, 40L), Shared(year[IndicatorCode.WF_TURNOVER]));
        Assert.Equal((ValueStatus.Available, 20m, 10L, 50L), Shared(year[IndicatorCode.WF_AGENCY]));
        Assert.Equal((ValueStatus.Available, 0m, 0L, 40L), Shared(year[IndicatorCode.WF_LEADERS]));
        var months = shared.Where(s => s.Period.Kind != PeriodKind.ReportingYear).SelectMany(s => s.Values).Where(v => WorkforceIndicators.Codes.Contains(v.Indicator)).ToList();
        Assert.NotEmpty(months);
        Assert.All(months, v => Assert.Equal((ValueStatus.Unavailable, null, null, null), Shared(v)));
    }

    private static (ValueStatus, decimal?, long?, long?) Shared(IndicatorValue v) => (v.Status, v.Value, v.Numerator, v.Denominator);

    /// <summary>Employed social workers in post on 30 September 2025, leavers in the census year and agency workers then.</summary>
    private Task StaffAsync(TenantInfo tenant, int inPost, int leavers, int agency) => _host.As(tenant, async sp =>
    {
        var db = sp.GetRequiredService<PracticeDbContext>();
        var people = Enumerable.Range(0, inPost).Select(_ => (End: (DateOnly?)null, Employment.Employed))
            .Concat(Enumerable.Range(0, leavers).Select(_ => ((DateOnly?)D(2025, 3, 31), Employment.Employed)))
            .Concat(Enumerable.Range(0, agency).Select(_ => ((DateOnly?)null, Employment.Agency)));
        var n = 0;
        foreach (var (end, employment) in people)
        {
            n++;
            db.StaffRecords.Add(new StaffRecord
            {
                GivenName = "P", FamilyName = $"N{n}", SignInName = $"p{n}@example.test", Role = StaffRole.Practitioner, JobTitle = "Social worker",
                StartDate = D(2020, 1, 1), EndDate = end, RegistrationNumber = $"SW{n:00000}", Fte = 1m, Employment = employment,
            });
        }

        await db.SaveChangesAsync();
        return 0;
    });

    [Fact]
    public async Task Another_authoritys_staff_are_not_counted()
    {
        var wakefield = await _host.ProvisionedAsync("wakefield");
        await BuildDirectory(wakefield);

        var measures = await Measures(Year2024);

        Assert.Equal((0L, 0L), measures[IndicatorCode.WF_TURNOVER]);
        Assert.Equal((0L, 0L), measures[IndicatorCode.WF_TRAINED]);
        Assert.Equal((0L, 0L), measures[IndicatorCode.WF_AGENCY]);
    }
}
