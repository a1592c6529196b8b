using Consortium.Practice.Data;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Settings;
using Consortium.Practice.Workforce.Licences;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Practice.Workforce;

/// <summary>
/// Courses at this authority: scheduling, booking (a full course puts people on its waiting list, and a cancelled place
/// goes to the first person waiting), and attendance day by day. A level is recorded as completed only when every day
/// of the course was attended.
/// </summary>
public sealed class Courses(PracticeDbContext db, SettingsStore<TrainingPolicy> policies, TrainerLicences licences, TimeProvider clock)
{
    public const int MaxPlaces = 200;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<Course>> ScheduleAsync(CourseInput input, string scheduledBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var policy = (await policies.GetCurrentAsync(cancellationToken)).Settings;
        var errors = new List<FieldError>();
        var level = policy.Level(input.Level ?? "");
        if (level is null)
        {
            errors.Add(new("Level", "Choose the level the course trains to"));
        }

        var dates = input.Dates.Distinct().Order().ToList();
        if (dates.Count == 0)
        {
            errors.Add(new("Dates", "Enter the date of each day of the course"));
        }
        else if (dates.Count != input.Dates.Count)
        {
            errors.Add(new("Dates", "Enter each day of the course once"));
        }
        else if (level?.Days is { } days && dates.Count != days)
        {
            errors.Add(new("Dates", $"A {level.Name.ToLowerInvariant()} course has {days} {(days == 1 ? "day" : "days")}: enter the date of each"));
        }

        if (!input.Online && string.IsNullOrWhiteSpace(input.Venue))
        {
            errors.Add(new("Venue", "Enter the venue, or choose online"));
        }
        else if (input.Venue?.Length > Course.VenueLength)
        {
            errors.Add(new("Venue", $"The venue must be {Course.VenueLength} characters or fewer"));
        }

        if (input.Places is null or < 1 or > MaxPlaces)
        {
            errors.Add(new("Places", $"Enter the number of places, from 1 to {MaxPlaces}"));
        }

        if (input.TrainerId is { } trainer && !await db.StaffRecords.AnyAsync(s => s.Id == trainer && (s.EndDate == null || s.EndDate >= Today), cancellationToken))
        {
            errors.Add(new("TrainerId", "Choose the trainer from the directory"));
        }
        else if (input.TrainerId is { } licensed && dates.Count > 0 && await licences.BarAsync(licensed, dates[^1], cancellationToken) is { } bar)
        {
            errors.Add(new("TrainerId", bar));
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var course = new Course
        {
            Level = level!.Key,
            Venue = input.Online ? "Online" : input.Venue!.Trim(),
            Online = input.Online,
            TrainerId = input.TrainerId,
            Places = input.Places!.Value,
            ScheduledBy = scheduledBy,
            ScheduledAt = clock.GetUtcNow(),
        };
        db.Courses.Add(course);
        db.CourseDays.AddRange(dates.Select(d => new CourseDay { CourseId = course.Id, Date = d }));
        await db.SaveChangesAsync(cancellationToken);
        return course;
    }

    /// <summary>Books a place, or a place on the waiting list if the course is full.</summary>
    public async Task<Outcome<CourseBooking>> BookAsync(Guid courseId, Guid staffId, string bookedBy, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return new Failure.NotFound("course");
        }

        var today = Today;
        if (!await db.StaffRecords.AnyAsync(s => s.Id == staffId && (s.EndDate == null || s.EndDate >= today), cancellationToken))
        {
            return new Failure.NotFound("member of staff");
        }

        var bookings = await db.CourseBookings.Where(b => b.CourseId == courseId && b.State != BookingState.Cancelled).ToListAsync(cancellationToken);
        if (bookings.Any(b => b.StaffId == staffId))
        {
            return new Failure.Invalid("StaffId", "This person is already booked on the course or on its waiting list");
        }

        var policy = (await policies.GetCurrentAsync(cancellationToken)).Settings;
        var held = await db.TrainingRecords.Where(r => r.StaffId == staffId).Select(r => r.Level).ToListAsync(cancellationToken);
        var missing = (policy.Level(course.Level)?.Prerequisites ?? []).Where(p => !held.Contains(p)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(" and ", missing.Select(m => policy.Level(m)?.Name.ToLowerInvariant() ?? m));
            return new Failure.Invalid("StaffId", $"This person must complete {names} training before this course");
        }

        var booking = new CourseBooking
        {
            CourseId = courseId,
            StaffId = staffId,
            State = bookings.Count(b => b.State == BookingState.Booked) < course.Places ? BookingState.Booked : BookingState.Waiting,
            RequestedAt = clock.GetUtcNow(),
            BookedBy = bookedBy,
        };
        db.CourseBookings.Add(booking);
        course.Version++;
        return await SaveAsync(booking, cancellationToken);
    }

    /// <summary>
    /// Cancels a booking. A cancelled place goes to the first person on the waiting list (whom it gives); cancelling
    /// the same booking again is refused, so one cancellation fills one place once.
    /// </summary>
    public async Task<Outcome<CancelledBooking>> CancelAsync(Guid courseId, Guid bookingId, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        var booking = course is null ? null : await db.CourseBookings.FirstOrDefaultAsync(b => b.Id == bookingId && b.CourseId == courseId, cancellationToken);
        if (course is null || booking is null)
        {
            return new Failure.NotFound("booking");
        }

        if (booking.State == BookingState.Cancelled)
        {
            return new Failure.Refused("This booking was already cancelled");
        }

        var now = clock.GetUtcNow();
        var wasBooked = booking.State == BookingState.Booked;
        booking.State = BookingState.Cancelled;
        booking.CancelledAt = now;
        CourseBooking? promoted = null;
        if (wasBooked)
        {
            var booked = await db.CourseBookings.CountAsync(b => b.CourseId == courseId && b.State == BookingState.Booked && b.Id != bookingId, cancellationToken);
            if (booked < course.Places)
            {
                promoted = (await db.CourseBookings.Where(b => b.CourseId == courseId && b.State == BookingState.Waiting).ToListAsync(cancellationToken))
                    .OrderBy(b => b.RequestedAt).FirstOrDefault();
                if (promoted is not null)
                {
                    promoted.State = BookingState.Booked;
                    promoted.PromotedAt = now;
                }
            }
        }

        course.Version++;
        var saved = await SaveAsync(booking, cancellationToken);
        return saved.IsDone ? new CancelledBooking(booking, promoted) : saved.Failure;
    }

    /// <summary>
    /// Records a booked person's attendance on the days given (days already marked are replaced). When every day of
    /// the course is attended the level is recorded as completed on the last day; otherwise any completion from this
    /// course is withdrawn.
    /// </summary>
    public async Task<Outcome<AttendanceResult>> RecordAttendanceAsync(
        Guid courseId, Guid staffId, IReadOnlyDictionary<DateOnly, AttendanceMark> marks, string recordedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return new Failure.NotFound("course");
        }

        if (!await db.CourseBookings.AnyAsync(b => b.CourseId == courseId && b.StaffId == staffId && b.State == BookingState.Booked, cancellationToken))
        {
            return new Failure.NotFound("booking");
        }

        var days = await db.CourseDays.Where(d => d.CourseId == courseId).Select(d => d.Date).ToListAsync(cancellationToken);
        var errors = new List<FieldError>();
        foreach (var date in marks.Keys)
        {
            if (!days.Contains(date))
            {
                errors.Add(new("Marks", $"{date:d MMMM yyyy} is not a day of this course"));
            }
            else if (date > Today)
            {
                errors.Add(new("Marks", $"Attendance for {date:d MMMM yyyy} can be recorded on or after that day"));
            }
        }

        if (errors.Count > 0)
        {
            return new Failure.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var existing = await db.CourseAttendance.Where(a => a.CourseId == courseId && a.StaffId == staffId).ToListAsync(cancellationToken);
        foreach (var (date, mark) in marks)
        {
            var row = existing.FirstOrDefault(a => a.Date == date);
            if (row is null)
            {
                row = new CourseAttendance { CourseId = courseId, StaffId = staffId, Date = date };
                db.CourseAttendance.Add(row);
                existing.Add(row);
            }

            row.Mark = mark;
            row.RecordedBy = recordedBy;
            row.RecordedAt = now;
        }

        var completed = days.All(d => existing.Any(a => a.Date == d && a.Mark == AttendanceMark.Attended));
        var record = await db.TrainingRecords.FirstOrDefaultAsync(r => r.CourseId == courseId && r.StaffId == staffId, cancellationToken);
        if (completed && record is null)
        {
            db.TrainingRecords.Add(new TrainingRecord
            {
                StaffId = staffId,
                Level = course.Level,
                CompletedOn = days.Max(),
                Source = TrainingSource.Course,
                CourseId = courseId,
                RecordedBy = recordedBy,
                RecordedAt = now,
            });
        }
        else if (!completed && record is not null)
        {
            db.TrainingRecords.Remove(record);
        }

        course.Version++;
        var saved = await SaveAsync(course, cancellationToken);
        return saved.IsDone ? new AttendanceResult(completed) : saved.Failure;
    }

    public async Task<IReadOnlyList<CourseSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var courses = await db.Courses.AsNoTracking().ToListAsync(cancellationToken);
        var days = (await db.CourseDays.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(d => d.CourseId, d => d.Date);
        var booked = (await db.CourseBookings.AsNoTracking().Where(b => b.State == BookingState.Booked).Select(b => b.CourseId).ToListAsync(cancellationToken))
            .CountBy(id => id).ToDictionary();
        return [.. courses
            .Select(c => new CourseSummary(c.Id, c.Level, c.Venue, c.Places, booked.GetValueOrDefault(c.Id), [.. days[c.Id].Order()]))
            .OrderBy(c => c.Days.Count > 0 ? c.Days[0] : DateOnly.MaxValue)];
    }

    /// <summary>The course with its days, bookings and attendance; null if there is no such course here.</summary>
    public async Task<CourseDetails?> DetailsAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return null;
        }

        var days = await db.CourseDays.AsNoTracking().Where(d => d.CourseId == courseId).Select(d => d.Date).ToListAsync(cancellationToken);
        var bookings = await db.CourseBookings.AsNoTracking().Where(b => b.CourseId == courseId).ToListAsync(cancellationToken);
        var staffIds = bookings.Select(b => b.StaffId).Append(course.TrainerId ?? Guid.Empty).ToList();
        var names = await db.StaffRecords.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, cancellationToken);
        var attendance = await db.CourseAttendance.AsNoTracking().Where(a => a.CourseId == courseId).ToListAsync(cancellationToken);
        var completed = await db.TrainingRecords.AsNoTracking().Where(r => r.CourseId == courseId).Select(r => r.StaffId).ToListAsync(cancellationToken);
        return new(
            course,
            [.. days.Order()],
            course.TrainerId is { } t ? names.GetValueOrDefault(t) : null,
            [.. bookings.OrderBy(b => b.RequestedAt).Select(b => new BookingRow(
                b.Id, b.StaffId, names.GetValueOrDefault(b.StaffId, ""), b.State,
                attendance.Where(a => a.StaffId == b.StaffId).ToDictionary(a => a.Date, a => a.Mark),
                completed.Contains(b.StaffId)))]);
    }

    private async Task<Outcome<T>> SaveAsync<T>(T value, CancellationToken cancellationToken)
        where T : notnull
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return value;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Failure.Refused("Someone else changed this course at the same time: look at it again and retry");
        }
    }
}

public sealed class CourseInput
{
    public string? Level { get; set; }
    public List<DateOnly> Dates { get; set; } = [];
    public string? Venue { get; set; }
    public bool Online { get; set; }
    public Guid? TrainerId { get; set; }
    public int? Places { get; set; }
}

public sealed record CancelledBooking(CourseBooking Cancelled, CourseBooking? Promoted);

public sealed record AttendanceResult(bool LevelCompleted);

public sealed record CourseSummary(Guid Id, string Level, string Venue, int Places, int Booked, IReadOnlyList<DateOnly> Days);

public sealed record CourseDetails(Course Course, IReadOnlyList<DateOnly> Days, string? Trainer, IReadOnlyList<BookingRow> Bookings);

public sealed record BookingRow(Guid Id, Guid StaffId, string Name, BookingState State, IReadOnlyDictionary<DateOnly, AttendanceMark> Attendance, bool Completed);
