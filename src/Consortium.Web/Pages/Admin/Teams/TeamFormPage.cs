using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin.Teams;

/// <summary>The fields of a team as the add and change pages show and read them.</summary>
public abstract class TeamFormPage(StaffDirectory directory) : FormPageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ServiceArea { get; set; }
    [BindProperty] public string? ManagerId { get; set; }

    public IReadOnlyDictionary<string, string> Managers { get; private set; } = new Dictionary<string, string>();

    public TextField NameField => new(nameof(Name), "Team name", Name, ErrorFor(nameof(Name)), Width: "govuk-!-width-one-half");
    public TextField ServiceAreaField => new(nameof(ServiceArea), "Service area (optional)", ServiceArea, ErrorFor(nameof(ServiceArea)), "For example, Assessment, Child protection, Children in care, Early help", "govuk-!-width-one-half");
    public SelectField ManagerField => new(nameof(ManagerId), "Team manager (optional)", Managers, ManagerId, ErrorFor(nameof(ManagerId)));

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Managers = (await directory.ChooseFromAsync(cancellationToken: cancellationToken)).ToDictionary(c => c.Id.ToString(), c => c.Label);

    /// <summary>The team as typed, or null with an error when the manager is not one of the choices.</summary>
    protected TeamDetails? Details()
    {
        Guid? manager = null;
        if (!string.IsNullOrWhiteSpace(ManagerId))
        {
            if (!Guid.TryParse(ManagerId, out var id))
            {
                Errors.Add(new(nameof(ManagerId), "Choose a manager from the list"));
                return null;
            }

            manager = id;
        }

        return new TeamDetails(Name, ServiceArea, manager);
    }
}
