using System.Globalization;
using Consortium.Practice.Staff;
using Consortium.Practice.Workforce;
using Consortium.Practice.Workforce.Licences;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Workforce;

/// <summary>The authority's courses, and the form its administrator schedules one with.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class CoursesModel(Courses courses, TrainingRecords training, StaffDirectory directory, TrainerLicences licences) : FormPageModel
{
    public IReadOnlyList<CourseSummary> List { get; private set; } = [];

    /// <summary>Trainers' licences expired or due to expire, soonest first.</summary>
    public IReadOnlyList<LicenceRow> LicencesDue { get; private set; } = [];
    public TrainingPolicy Policy { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Trainers { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public string? Level { get; set; }
    [BindProperty] public DateInput FirstDay { get; set; } = new();
    [BindProperty] public string? NumberOfDays { get; set; }
    [BindProperty] public string? Venue { get; set; }
    [BindProperty] public bool Online { get; set; }
    [BindProperty] public string? TrainerId { get; set; }
    [BindProperty] public string? Places { get; set; }

    public SelectField LevelField => new(nameof(Level), "Level", Policy.Levels.ToDictionary(l => l.Key, l => l.Name), Level, ErrorFor(nameof(Level)));
    public DateField FirstDayField => new(nameof(FirstDay), "First day", FirstDay, ErrorFor("FirstDay"), "For example, 27 3 2027");
    public TextField NumberOfDaysField => new(nameof(NumberOfDays), "Number of days", NumberOfDays, ErrorFor("Dates"), "Days run one after another, Monday to Friday. Leave empty for the level's length", "govuk-input--width-2");
    public TextField VenueField => new(nameof(Venue), "Venue", Venue, ErrorFor(nameof(Venue)), "Leave empty if the course is online");
    public SelectField TrainerField => new(nameof(TrainerId), "Trainer (optional)", Trainers, TrainerId, ErrorFor(nameof(TrainerId)));
    public TextField PlacesField => new(nameof(Places), "Places", Places, ErrorFor(nameof(Places)), Width: "govuk-input--width-3");

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var (first, dateError) = FirstDay.Parse("The first day");
        if (first is null)
        {
            Errors.Add(new("FirstDay", dateError ?? "Enter the first day of the course"));
        }

        int? days = Policy.Level(Level ?? "")?.Days;
        if (!string.IsNullOrWhiteSpace(NumberOfDays))
        {
            days = int.TryParse(NumberOfDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 30 ? n : null;
            if (days is null)
            {
                Errors.Add(new("Dates", "The number of days must be a whole number from 1 to 30"));
            }
        }

        int? places = int.TryParse(Places?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        Guid? trainer = Guid.TryParse(TrainerId, out var t) ? t : null;
        if (!string.IsNullOrWhiteSpace(TrainerId) && trainer is null)
        {
            Errors.Add(new(nameof(TrainerId), "Choose the trainer from the directory"));
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var input = new CourseInput
        {
            Level = Level,
            Dates = first is { } d && days is { } count ? WorkingDaysFrom(d, count) : [],
            Venue = Venue,
            Online = Online,
            TrainerId = trainer,
            Places = places,
        };
        var scheduled = await courses.ScheduleAsync(input, User.Identity?.Name ?? "administrator", cancellationToken);
        return scheduled.IsDone
            ? this.Saved($"{Policy.Level(scheduled.Value.Level)?.Name} course scheduled from {Day(input.Dates[0])}", $"~/workforce/courses/{scheduled.Value.Id}")
            : Failed(scheduled.Failure, f => f == "Dates" && first is null ? "FirstDay" : f);
    }

    /// <summary>The given number of days from the first, skipping Saturdays and Sundays.</summary>
    public static List<DateOnly> WorkingDaysFrom(DateOnly first, int count)
    {
        var days = new List<DateOnly>();
        for (var day = first; days.Count < count; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                days.Add(day);
            }
        }

        return days;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Policy = await training.PolicyAsync(cancellationToken);
        List = await courses.ListAsync(cancellationToken);
        LicencesDue = [.. (await licences.ListAsync(cancellationToken)).Where(l => l.State != LicenceState.Current)];
        Trainers = (await directory.ChooseFromAsync(cancellationToken: cancellationToken)).ToDictionary(s => s.Id.ToString(), s => s.Name);
    }
}
