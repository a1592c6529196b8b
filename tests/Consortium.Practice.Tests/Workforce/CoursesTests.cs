using Consortium.Practice.Access;
using Consortium.Practice.Staff;
using Consortium.Practice.Tests.Staff;
using Consortium.Practice.Workforce;
using Consortium.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Consortium.Practice.Tests.Workforce;

/// <summary>Courses over a real authority database: places, the waiting list, attendance and what it completes.</summary>
public sealed class CoursesTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly PracticeTestHost _host = new();
    private TenantInfo _brent = null!;

    public async Task InitializeAsync() => _brent = await _host.ProvisionedAsync("brent");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private Task<StaffRecord> PersonAsync(string name, StaffRole role = StaffRole.Practitioner) =>
        StaffExamples.AddAsync(_host, _brent, StaffExamples.Details($"{name}@brent.gov.uk", given: name) with { Role = role.ToString(), StartDate = Today.AddMonths(-1) });

    private async Task<Course> IntroductoryAsync(int places, DateOnly firstDay)
    {
        var outcome = await _host.As(_brent, sp => sp.GetRequiredService<Courses>().ScheduleAsync(
            new CourseInput { Level = DefaultTrainingPolicy.Introductory, Dates = [firstDay, firstDay.AddDays(1)], Venue = "Brent Civic Centre", Places = places }, "admin"));
        Assert.True(outcome.IsDone, outcome.Failure?.ToString());
        return outcome.Value;
    }

    private Task<T> Courses<T>(Func<Courses, Task<T>> work) => _host.As(_brent, sp => work(sp.GetRequiredService<Courses>()));

    [Fact]
    public async Task A_full_course_puts_people_on_its_waiting_list_and_a_cancelled_place_goes_to_the_first_waiting_once()
    {
        var course = await IntroductoryAsync(places: 1, Today.AddDays(14));
        var ann = await PersonAsync("ann");
        var ben = await PersonAsync("ben");
        var cal = await PersonAsync("cal");

        var annBooking = (await Courses(c => c.BookAsync(course.Id, ann.Id, "admin"))).Value!;
        var benBooking = (await Courses(c => c.BookAsync(course.Id, ben.Id, "admin"))).Value!;
        var calBooking = (await Courses(c => c.BookAsync(course.Id, cal.Id, "admin"))).Value!;
        Assert.Equal([BookingState.Booked, BookingState.Waiting, BookingState.Waiting], new[] { annBooking.State, benBooking.State, calBooking.State });

        var cancelled = await Courses(c => c.CancelAsync(course.Id, annBooking.Id));
        Assert.Equal(ben.Id, cancelled.Value!.Promoted!.StaffId);

        (await Courses(c => c.CancelAsync(course.Id, annBooking.Id))).Refused();

        var details = (await Courses(c => c.DetailsAsync(course.Id)))!;
        Assert.Equal(
            [("ann", BookingState.Cancelled), ("ben", BookingState.Booked), ("cal", BookingState.Waiting)],
            details.Bookings.Select(b => (b.Name.Split(' ')[0], b.State)).ToArray());
    }

    [Fact]
    public async Task Cancelling_a_place_on_the_waiting_list_gives_nobody_a_place()
    {
        var course = await IntroductoryAsync(places: 1, Today.AddDays(14));
        var ann = await PersonAsync("ann");
        var ben = await PersonAsync("ben");
        var cal = await PersonAsync("cal");
        await Courses(c => c.BookAsync(course.Id, ann.Id, "admin"));
        var benBooking = (await Courses(c => c.BookAsync(course.Id, ben.Id, "admin"))).Value!;
        await Courses(c => c.BookAsync(course.Id, cal.Id, "admin"));

        var cancelled = await Courses(c => c.CancelAsync(course.Id, benBooking.Id));

        Assert.Null(cancelled.Value!.Promoted);
        var details = (await Courses(c => c.DetailsAsync(course.Id)))!;
        Assert.Equal(1, details.Bookings.Count(b => b.State == BookingState.Booked));
        Assert.Equal(cal.Id, Assert.Single(details.Bookings, b => b.State == BookingState.Waiting).StaffId);
    }

    [Fact]
    public async Task Partial_attendance_on_one_day_does_not_complete_the_level_and_full_attendance_does()
    {
        var course = await IntroductoryAsync(places: 5, Today.AddDays(-5));
        var ann = await PersonAsync("ann");
        await Courses(c => c.BookAsync(course.Id, ann.Id, "admin"));

        var partial = await Courses(c => c.RecordAttendanceAsync(course.Id, ann.Id,
            new Dictionary<DateOnly, AttendanceMark> { [Today.AddDays(-5)] = AttendanceMark.Attended, [Today.AddDays(-4)] = AttendanceMark.Partial }, "admin"));
        Assert.False(partial.Value!.LevelCompleted);
        var status = await _host.As(_brent, sp => sp.GetRequiredService<TrainingRecords>().PersonAsync(ann.Id));
        Assert.Equal(TrainingState.Due, status!.Statuses.Single(s => s.Level == DefaultTrainingPolicy.Introductory).State);
        Assert.Empty(status.Records);

        var full = await Courses(c => c.RecordAttendanceAsync(course.Id, ann.Id,
            new Dictionary<DateOnly, AttendanceMark> { [Today.AddDays(-4)] = AttendanceMark.Attended }, "admin"));
        Assert.True(full.Value!.LevelCompleted);
        status = await _host.As(_brent, sp => sp.GetRequiredService<TrainingRecords>().PersonAsync(ann.Id));
        var introductory = status!.Statuses.Single(s => s.Level == DefaultTrainingPolicy.Introductory);
        Assert.Equal((TrainingState.Compliant, Today.AddDays(-4)), (introductory.State, introductory.CompletedOn));
        Assert.Equal(TrainingSource.Course, Assert.Single(status.Records).Source);

        var corrected = await Courses(c => c.RecordAttendanceAsync(course.Id, ann.Id,
            new Dictionary<DateOnly, AttendanceMark> { [Today.AddDays(-5)] = AttendanceMark.DidNotAttend }, "admin"));
        Assert.False(corrected.Value!.LevelCompleted);
        status = await _host.As(_brent, sp => sp.GetRequiredService<TrainingRecords>().PersonAsync(ann.Id));
        Assert.Empty(status!.Records);
    }

    [Fact]
    public async Task Attendance_is_refused_for_days_to_come_days_not_on_the_course_and_people_not_booked()
    {
        var course = await IntroductoryAsync(places: 5, Today.AddDays(-1));
        var ann = await PersonAsync("ann");
        var ben = await PersonAsync("ben");
        await Courses(c => c.BookAsync(course.Id, ann.Id, "admin"));

        var errors = (await Courses(c => c.RecordAttendanceAsync(course.Id, ann.Id,
            new Dictionary<DateOnly, AttendanceMark> { [Today.AddDays(-1)] = AttendanceMark.Attended, [Today.AddDays(1)] = AttendanceMark.Attended, [Today.AddDays(-3)] = AttendanceMark.Attended }, "admin"))).Errors();
        Assert.Equal(2, errors.Count);
        (await Courses(c => c.RecordAttendanceAsync(course.Id, ben.Id, new Dictionary<DateOnly, AttendanceMark> { [Today.AddDays(-1)] = AttendanceMark.Attended }, "admin"))).NotFound();
        var details = (await Courses(c => c.DetailsAsync(course.Id)))!;
        Assert.Empty(details.Bookings.Single().Attendance);
    }

    [Fact]
    public async Task A_course_needs_the_levels_days_a_venue_and_places_and_booking_needs_the_prerequisite()
    {
        var errors = (await Courses(c => c.ScheduleAsync(new CourseInput { Level = DefaultTrainingPolicy.Advanced, Dates = [Today], Places = 0 }, "admin"))).Errors();
        Assert.Equal(["Dates", "Venue", "Places"], errors.Select(e => e.Field).ToArray());

        var advanced = (await Courses(c => c.ScheduleAsync(new CourseInput
        {
            Level = DefaultTrainingPolicy.Advanced, Dates = [.. Enumerable.Range(10, 5).Select(Today.AddDays)], Online = true, Places = 10,
        }, "admin"))).Value!;
        var ann = await PersonAsync("ann");
        Assert.Equal("StaffId", Assert.Single((await Courses(c => c.BookAsync(advanced.Id, ann.Id, "admin"))).Errors()).Field);

        var recorded = await _host.As(_brent, sp => sp.GetRequiredService<TrainingRecords>().RecordExternalAsync(
            ann.Id, DefaultTrainingPolicy.Introductory, Today.AddMonths(-2), "Certificate from Kent County Council, seen by her manager", "admin"));
        Assert.True(recorded.IsDone);
        Assert.Equal(BookingState.Booked, (await Courses(c => c.BookAsync(advanced.Id, ann.Id, "admin"))).Value!.State);
        Assert.Equal("StaffId", Assert.Single((await Courses(c => c.BookAsync(advanced.Id, ann.Id, "admin"))).Errors()).Field);
    }

    [Fact]
    public async Task External_training_needs_a_level_a_past_date_and_evidence()
    {
        var ann = await PersonAsync("ann");

        var errors = (await _host.As(_brent, sp => sp.GetRequiredService<TrainingRecords>().RecordExternalAsync(ann.Id, "coaching", Today.AddDays(1), " ", "admin"))).Errors();

        Assert.Equal(["Level", "CompletedOn", "Evidence"], errors.Select(e => e.Field).ToArray());
        Assert.Empty((await _host.As(_brent, sp => sp.GetRequiredService<TrainingRecords>().PersonAsync(ann.Id)))!.Records);
    }

    [Fact]
    public async Task Another_authoritys_course_and_people_cannot_be_read_booked_or_marked()
    {
        var course = await IntroductoryAsync(places: 5, Today.AddDays(-5));
        var ann = await PersonAsync("ann");
        var booking = (await Courses(c => c.BookAsync(course.Id, ann.Id, "admin"))).Value!;
        var bristol = await _host.ProvisionedAsync("bristol");

        await _host.As(bristol, async sp =>
        {
            var courses = sp.GetRequiredService<Courses>();
            Assert.Null(await courses.DetailsAsync(course.Id));
            Assert.Empty(await courses.ListAsync());
            (await courses.BookAsync(course.Id, ann.Id, "bristol")).NotFound();
            (await courses.CancelAsync(course.Id, booking.Id)).NotFound();
            (await courses.RecordAttendanceAsync(course.Id, ann.Id, new Dictionary<DateOnly, AttendanceMark> { [Today.AddDays(-5)] = AttendanceMark.Attended }, "bristol")).NotFound();
            var records = sp.GetRequiredService<TrainingRecords>();
            Assert.Null(await records.PersonAsync(ann.Id));
            Assert.Empty((await records.MatrixAsync(null)).Rows);
            (await records.RecordExternalAsync(ann.Id, DefaultTrainingPolicy.Introductory, Today, "evidence", "bristol")).NotFound();
            return 0;
        });
        Assert.Equal(BookingState.Booked, (await Courses(c => c.DetailsAsync(course.Id)))!.Bookings.Single().State);
    }
}
