using Consortium.Practice.Staff;
using Consortium.Practice.Tests.Staff;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Licences;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Workforce.Licences;

/// <summary>Trainers' licences: an expired licence keeps its holder off courses after the expiry, and the list says which are due.</summary>
public sealed class TrainerLicencesTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();
    private TenantInfo _brent = null!;

    public async Task InitializeAsync() => _brent = await _host.ProvisionedAsync("brent");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private Task<StaffRecord> PersonAsync(string name) =>
        StaffExamples.AddAsync(_host, _brent, StaffExamples.Details($"{name}@brent.gov.uk", given: name) with { StartDate = Today.AddYears(-3) });

    private Task<T> Licences<T>(Func<TrainerLicences, Task<T>> work) => _host.As(_brent, sp => work(sp.GetRequiredService<TrainerLicences>()));

    private Task<Consortium.Practice.Outcomes.Outcome<Course>> ScheduleAsync(Guid trainer, DateOnly firstDay) =>
        _host.As(_brent, sp => sp.GetRequiredService<Courses>().ScheduleAsync(
            new CourseInput { Level = DefaultTrainingPolicy.Introductory, Dates = [firstDay, firstDay.AddDays(1)], Venue = "Brent Civic Centre", Places = 10, TrainerId = trainer }, "admin"));

    [Fact]
    public async Task A_trainer_whose_licence_expires_before_a_course_ends_cannot_train_it_until_the_renewal_is_recorded()
    {
        var tia = await PersonAsync("tia");
        var unlicensed = await PersonAsync("una");
        Assert.True((await Licences(l => l.RecordAsync(tia.Id, Today.AddDays(30), "admin"))).IsDone);

        var lastDayOnExpiry = await ScheduleAsync(tia.Id, Today.AddDays(29));
        var lastDayAfterExpiry = (await ScheduleAsync(tia.Id, Today.AddDays(30))).Errors();
        var noLicenceRecorded = await ScheduleAsync(unlicensed.Id, Today.AddDays(60));
        Assert.True((await Licences(l => l.RecordAsync(tia.Id, Today.AddYears(2), "admin"))).IsDone);
        var renewed = await ScheduleAsync(tia.Id, Today.AddDays(30));

        Assert.True(lastDayOnExpiry.IsDone);
        var error = Assert.Single(lastDayAfterExpiry);
        Assert.Equal("TrainerId", error.Field);
        Assert.StartsWith("The trainer's licence expires on ", error.Message, StringComparison.Ordinal);
        Assert.True(noLicenceRecorded.IsDone);
        Assert.True(renewed.IsDone);
        Assert.Equal(Today.AddYears(2), Assert.Single(await Licences(l => l.ListAsync())).ExpiresOn);
    }

    [Fact]
    public async Task Licences_are_listed_soonest_first_as_expired_due_to_expire_within_90_days_or_current()
    {
        foreach (var (name, expires) in new[] { ("cur", Today.AddDays(91)), ("due", Today.AddDays(90)), ("old", Today.AddDays(-1)), ("now", Today) })
        {
            var person = await PersonAsync(name);
            Assert.True((await Licences(l => l.RecordAsync(person.Id, expires, "admin"))).IsDone);
        }

        var missing = (await Licences(l => l.RecordAsync(null, null, "admin"))).Errors();
        var list = await Licences(l => l.ListAsync());

        Assert.Equal(["StaffId", "ExpiresOn"], missing.Select(e => e.Field).ToArray());
        Assert.Equal(
            [("old", LicenceState.Expired), ("now", LicenceState.DueToExpire), ("due", LicenceState.DueToExpire), ("cur", LicenceState.Current)],
            list.Select(r => (r.Name.Split(' ')[0], r.State)).ToArray());
    }
}
