using System.Globalization;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>One course: who is booked and waiting, booking and cancelling places, and attendance day by day.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class CourseModel(Courses courses, TrainingRecords training, StaffDirectory directory) : FormPageModel
{
    public CourseDetails Details { get; private set; } = null!;
    public TrainingPolicy Policy { get; private set; } = new();
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public string? StaffId { get; set; }
    [BindProperty] public Dictionary<string, string> Marks { get; set; } = [];

    public SelectField PersonField => new(nameof(StaffId), "Person to book", People, StaffId, ErrorFor(nameof(StaffId)), "If the course is full they go on its waiting list");

    public static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Mark(AttendanceMark mark) => mark switch
    {
        AttendanceMark.Attended => "Attended",
        AttendanceMark.Partial => "Partial",
        _ => "Did not attend",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBookAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!Guid.TryParse(StaffId, out var staffId))
        {
            Errors.Add(new(nameof(StaffId), "Choose the person to book"));
            return Invalid();
        }

        var booked = await courses.BookAsync(id, staffId, User.Identity?.Name ?? "administrator", cancellationToken);
        return booked.IsDone
            ? this.Saved(booked.Value.State == BookingState.Booked ? "Place booked" : "The course is full: added to the waiting list", $"~/workforce/courses/{id}")
            : Failed(booked.Failure);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid bookingId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var cancelled = await courses.CancelAsync(id, bookingId, cancellationToken);
        if (!cancelled.IsDone)
        {
            return Failed(cancelled.Failure);
        }

        var promoted = cancelled.Value.Promoted is { } p ? Details.Bookings.FirstOrDefault(b => b.Id == p.Id)?.Name : null;
        return this.Saved(promoted is null ? "Booking cancelled" : $"Booking cancelled: the place went to {promoted} from the waiting list", $"~/workforce/courses/{id}");
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, Guid staffId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var marks = new Dictionary<DateOnly, AttendanceMark>();
        foreach (var (key, value) in Marks)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (!DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || !Enum.TryParse<AttendanceMark>(value, out var mark) || !Enum.IsDefined(mark))
            {
                Errors.Add(new($"Marks-{key}-{staffId}", "Choose attended, partial or did not attend for each day"));
                continue;
            }

            marks[day] = mark;
        }

        if (Errors.Count == 0 && marks.Count == 0)
        {
            Errors.Add(new(null, "Choose attended, partial or did not attend for at least one day"));
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var recorded = await courses.RecordAttendanceAsync(id, staffId, marks, User.Identity?.Name ?? "administrator", cancellationToken);
        if (!recorded.IsDone)
        {
            return Failed(recorded.Failure, _ => null);
        }

        var name = Details.Bookings.First(b => b.StaffId == staffId).Name;
        return this.Saved(recorded.Value.LevelCompleted ? $"Attendance recorded: {name} attended every day and has completed the level" : $"Attendance recorded for {name}", $"~/workforce/courses/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await courses.DetailsAsync(id, cancellationToken) is not { } details)
        {
            return false;
        }

        Details = details;
        Policy = await training.PolicyAsync(cancellationToken);
        var taken = details.Bookings.Where(b => b.State != BookingState.Cancelled).Select(b => b.StaffId).ToHashSet();
        People = (await directory.ChooseFromAsync(cancellationToken: cancellationToken)).Where(s => !taken.Contains(s.Id)).ToDictionary(s => s.Id.ToString(), s => s.Name);
        return true;
    }
}
