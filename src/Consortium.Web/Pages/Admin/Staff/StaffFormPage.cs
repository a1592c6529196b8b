using System.Globalization;
using Consortium.Practice.Access;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin.Staff;

/// <summary>The fields of a staff record as the add and change pages show and read them.</summary>
public abstract class StaffFormPage(StaffDirectory directory) : FormPageModel
{
    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public string? SignInName { get; set; }
    [BindProperty] public string? TeamId { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? JobTitle { get; set; }
    [BindProperty] public string? ManagerId { get; set; }
    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public DateInput EndDate { get; set; } = new();
    [BindProperty] public string? RegistrationNumber { get; set; }
    [BindProperty] public string? Fte { get; set; }
    [BindProperty] public string? Employment { get; set; }

    public IReadOnlyDictionary<string, string> Teams { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Managers { get; private set; } = new Dictionary<string, string>();

    public static readonly IReadOnlyDictionary<string, string> Roles = Enum.GetValues<StaffRole>().ToDictionary(r => r.ToString(), StaffRoles.DisplayName);
    public static readonly IReadOnlyDictionary<string, string> Employments = new Dictionary<string, string> { ["Employed"] = "Employed", ["Agency"] = "Agency worker" };

    public TextField GivenNameField => new(nameof(GivenName), "First name", GivenName, ErrorFor(nameof(GivenName)), Width: "govuk-!-width-one-half", Autocomplete: "off");
    public TextField FamilyNameField => new(nameof(FamilyName), "Last name", FamilyName, ErrorFor(nameof(FamilyName)), Width: "govuk-!-width-one-half", Autocomplete: "off");
    public TextField SignInNameField => new(nameof(SignInName), "Sign-in name", SignInName, ErrorFor(nameof(SignInName)), "The name they sign in with at your identity provider, usually their work e-mail address. Their first sign-in is matched to this record by it.", Autocomplete: "off");
    public SelectField TeamField => new(nameof(TeamId), "Team (optional)", Teams, TeamId, ErrorFor(nameof(TeamId)));
    public SelectField RoleField => new(nameof(Role), "Role in casework", Roles, Role, ErrorFor(nameof(Role)), "What others choose them for. What they may do comes from your role mapping.");
    public TextField JobTitleField => new(nameof(JobTitle), "Job title", JobTitle, ErrorFor(nameof(JobTitle)), "For example, Senior social worker");
    public SelectField ManagerField => new(nameof(ManagerId), "Manager (optional)", Managers, ManagerId, ErrorFor(nameof(ManagerId)));
    public DateField StartDateField => new(nameof(StartDate), "Start date", StartDate, ErrorFor(nameof(StartDate)), "For example, 1 4 2024");
    public TextField RegistrationField => new(nameof(RegistrationNumber), "Social Work England registration number (optional)", RegistrationNumber, ErrorFor(nameof(RegistrationNumber)), "For registered social workers: SW followed by digits, like SW123456", "govuk-input--width-10", "off");
    public TextField FteField => new(nameof(Fte), "Full-time equivalent (FTE)", Fte, ErrorFor(nameof(Fte)), "1 for full time, 0.6 for three days a week", "govuk-input--width-5", "off");
    public SelectField EmploymentField => new(nameof(Employment), "Employed or agency", Employments, Employment, ErrorFor(nameof(Employment)));

    /// <summary>The teams and the people who may manage (current staff other than this one) to choose from.</summary>
    protected async Task LoadChoicesAsync(Guid? self, CancellationToken cancellationToken)
    {
        Teams = (await directory.TeamsAsync(cancellationToken)).ToDictionary(t => t.Id.ToString(), t => t.Name);
        Managers = (await directory.ChooseFromAsync(cancellationToken: cancellationToken)).Where(c => c.Id != self).ToDictionary(c => c.Id.ToString(), c => c.Label);
    }

    protected void Show(StaffRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        GivenName = record.GivenName;
        FamilyName = record.FamilyName;
        SignInName = record.SignInName;
        TeamId = record.TeamId?.ToString();
        Role = record.Role.ToString();
        JobTitle = record.JobTitle;
        ManagerId = record.ManagerId?.ToString();
        StartDate = DateInput.From(record.StartDate);
        EndDate = DateInput.From(record.EndDate);
        RegistrationNumber = record.RegistrationNumber;
        Fte = StaffDetails.FteText(record.Fte);
        Employment = record.Employment.ToString();
    }

    /// <summary>
    /// The details as typed, or null when a field is not even a date, a number or one of the choices: then every field's
    /// error is in <see cref="FormPageModel.Errors"/>, those rules of the details included, so one answer names them all.
    /// </summary>
    protected StaffDetails? Details(DateOnly? endDate)
    {
        var (start, startError) = StartDate.Parse("Start date");
        if (startError is not null)
        {
            Errors.Add(new(nameof(StartDate), startError));
        }

        decimal? fte = null;
        if (!string.IsNullOrWhiteSpace(Fte))
        {
            if (decimal.TryParse(Fte.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            {
                fte = parsed;
            }
            else
            {
                Errors.Add(new(nameof(Fte), "FTE must be a number more than 0 and no more than 1, like 1 or 0.6"));
            }
        }

        var team = Choice(TeamId, nameof(TeamId), "Choose a team from the list");
        var manager = Choice(ManagerId, nameof(ManagerId), "Choose a manager from the list");
        var details = new StaffDetails
        {
            GivenName = GivenName,
            FamilyName = FamilyName,
            SignInName = SignInName,
            TeamId = team,
            Role = Role,
            JobTitle = JobTitle,
            ManagerId = manager,
            StartDate = start,
            EndDate = endDate,
            RegistrationNumber = RegistrationNumber,
            Fte = fte,
            Employment = Employment,
        };
        if (Errors.Count == 0)
        {
            return details;
        }

        var typedWrong = Errors.Select(e => e.FieldId).ToHashSet();
        Errors.AddRange(details.Validate().Where(e => !typedWrong.Contains(e.Field)).Select(e => new FormError(e.Field, e.Message)));
        return null;
    }

    /// <summary>Field errors of the details, shown at the form's fields (which are named as the details are), a date at its first box.</summary>
    protected static string FieldId(string field) => field;

    private Guid? Choice(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        Errors.Add(new(field, message));
        return null;
    }
}
