using Consortium.Tenancy.Data;

namespace Consortium.Practice.Workforce;

/// <summary>A course that trains to one level: its days, where it is held, its trainer and how many places it has.</summary>
public sealed class Course : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";

    /// <summary>The key of the level in the training policy.</summary>
    public string Level { get; set; } = "";

    /// <summary>The venue, or "Online".</summary>
    public string Venue { get; set; } = "";
    public bool Online { get; set; }

    /// <summary>The trainer, from the staff directory.</summary>
    public Guid? TrainerId { get; set; }
    public int Places { get; set; }
    public string ScheduledBy { get; set; } = "";
    public DateTimeOffset ScheduledAt { get; set; }

    /// <summary>Counts the saves; bookings and attendance lock the course by it so places are never overbooked.</summary>
    public int Version { get; set; } = 1;

    public const int VenueLength = 200;
}

/// <summary>One day of a course.</summary>
public sealed class CourseDay : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CourseId { get; set; }
    public DateOnly Date { get; set; }
}

/// <summary>A person's place on a course, or their place on its waiting list.</summary>
public sealed class CourseBooking : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CourseId { get; set; }
    public Guid StaffId { get; set; }
    public BookingState State { get; set; }

    /// <summary>When they asked for a place: the waiting list is served in this order.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When a cancelled place was given to them from the waiting list.</summary>
    public DateTimeOffset? PromotedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string BookedBy { get; set; } = "";
}

public enum BookingState
{
    Booked,
    Waiting,
    Cancelled,
}

/// <summary>Whether a booked person attended one day of a course.</summary>
public sealed class CourseAttendance : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CourseId { get; set; }
    public Guid StaffId { get; set; }
    public DateOnly Date { get; set; }
    public AttendanceMark Mark { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}

public enum AttendanceMark
{
    Attended,
    Partial,
    DidNotAttend,
}
