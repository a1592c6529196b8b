using Consortium.Practice.Access;
using Consortium.Practice.Staff;
using Consortium.Practice.Tests.Staff;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Capacity;
using Consortium.Practice.Workforce.Measures;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Workforce.Capacity;

/// <summary>
/// A hand-built Brent: 10 practitioners in post, 4 holding introductory and none advanced; 1.2 FTE of managers left in
/// the latest census year, so turnover is 1.2 / 10 = 12% a year, 1% a month. Courses end next month (introductory, 3
/// places) and the month after (introductory 5, advanced 4). Target: 90% by three months from now, 12 places a course.
/// By hand: 9 holders wanted; introductory keeps 4 x 0.99^3 = 3.88 so needs 6 places, has 8, gap 0, forecast 40.0,
/// 69.6 (3.96 + 3), 100.0 (6.89 + 5, capped at 10), 99.0; advanced needs 9, has 4, gap 5, one course of 5 days,
/// forecast 0.0, 0.0, 40.0, 39.6.
/// </summary>
public sealed class CapacityPlannerTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly ThisMonth = CapacityForecast.FirstOfMonth(Today);
    private readonly PracticeTestHost _host = new();
    private TenantInfo _brent = null!;
    private TenantInfo _bristol = null!;

    public async Task InitializeAsync()
    {
        _brent = await _host.ProvisionedAsync("brent");
        _bristol = await _host.ProvisionedAsync("bristol");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private static CapacityTarget Target => new(StaffRole.Practitioner, 90m, ThisMonth.AddMonths(3).AddDays(14), 12);

    private Task<StaffRecord> PersonAsync(string name, string role, decimal fte = 1m, DateOnly? end = null) =>
        StaffExamples.AddAsync(_host, _brent, StaffExamples.Details($"{name}@brent.gov.uk", given: name) with { Role = role, StartDate = new DateOnly(2015, 1, 1), EndDate = end, Fte = fte });

    private async Task CourseAsync(string level, DateOnly first, int days, int places)
    {
        var scheduled = await _host.As(_brent, sp => sp.GetRequiredService<Courses>().ScheduleAsync(
            new CourseInput { Level = level, Dates = [.. Enumerable.Range(0, days).Select(first.AddDays)], Venue = "Civic Centre", Places = places }, "admin"));
        Assert.True(scheduled.IsDone, scheduled.Failure?.ToString());
    }

    private async Task HandBuiltBrentAsync()
    {
        for (var i = 0; i < 10; i++)
        {
            var person = await PersonAsync($"p{i}", "Practitioner");
            if (i < 4)
            {
                var trained = await _host.As(_brent, sp => sp.GetRequiredService<TrainingRecords>().RecordExternalAsync(person.Id, DefaultTrainingPolicy.Introductory, new DateOnly(2020, 1, 1), "Certificate seen", "admin"));
                Assert.True(trained.IsDone, trained.Failure?.ToString());
            }
        }

        var lastYear = CensusYear.LatestEndedBy(Today);
        await PersonAsync("left", "TeamManager", 1m, lastYear.CensusDate.AddMonths(-2));
        await PersonAsync("parttime", "TeamManager", 0.2m, lastYear.CensusDate.AddMonths(-3));

        await CourseAsync(DefaultTrainingPolicy.Introductory, ThisMonth.AddMonths(1).AddDays(9), 2, 3);
        await CourseAsync(DefaultTrainingPolicy.Introductory, ThisMonth.AddMonths(2).AddDays(9), 2, 5);
        await CourseAsync(DefaultTrainingPolicy.Advanced, ThisMonth.AddMonths(2).AddDays(9), 5, 4);
    }

    [Fact]
    public async Task The_plan_and_forecast_of_a_hand_built_authority_match_the_figures_worked_out_by_hand()
    {
        await HandBuiltBrentAsync();

        var plan = (await _host.As(_brent, sp => sp.GetRequiredService<CapacityPlanner>().PlanAsync(Target))).Value!;

        Assert.Equal((10, 12.0m), (plan.People, plan.AnnualTurnoverPercent));
        var introductory = plan.Levels[0];
        var advanced = plan.Levels[1];
        Assert.Equal((DefaultTrainingPolicy.Introductory, 4, 6, 8, 0, 0, 0), (introductory.Level, introductory.Holders, introductory.Needed, introductory.Scheduled, introductory.Gap, introductory.CoursesForGap, introductory.TrainerDays));
        Assert.Equal([40.0m, 69.6m, 100.0m, 99.0m], introductory.Forecast.Select(m => m.Percent));
        Assert.Equal((DefaultTrainingPolicy.Advanced, 0, 9, 4, 5, 1, 5), (advanced.Level, advanced.Holders, advanced.Needed, advanced.Scheduled, advanced.Gap, advanced.CoursesForGap, advanced.TrainerDays));
        Assert.Equal([0.0m, 0.0m, 40.0m, 39.6m], advanced.Forecast.Select(m => m.Percent));
        Assert.Equal(ThisMonth.AddMonths(3), advanced.Forecast[^1].Start);
    }

    [Fact]
    public async Task Another_authority_plans_with_none_of_its_people_courses_or_turnover()
    {
        await HandBuiltBrentAsync();

        var plan = (await _host.As(_bristol, sp => sp.GetRequiredService<CapacityPlanner>().PlanAsync(Target))).Value!;

        Assert.Equal((0, 0m, (int?)null), (plan.People, plan.AnnualTurnoverPercent, plan.TurnoverYear));
        Assert.All(plan.Levels, l => Assert.Equal((0, 0), (l.Holders, l.Scheduled)));
    }

    [Fact]
    public async Task A_target_out_of_range_or_a_date_not_ahead_is_refused_field_by_field()
    {
        var outcome = await _host.As(_brent, sp => sp.GetRequiredService<CapacityPlanner>().PlanAsync(new CapacityTarget(StaffRole.Practitioner, 120m, Today, 0)));

        Assert.Equal(["Target", "By", "PlacesPerCourse"], outcome.Errors().Select(e => e.Field));
    }
}
