using Consortium.Practice.Outcomes;

namespace Consortium.Practice.Staff;

/// <summary>What an administrator says about a team: its name, service area and manager (a member of staff).</summary>
public sealed record TeamDetails(string? Name, string? ServiceArea, Guid? ManagerId)
{
    public const int NameLength = 100;
    public const int ServiceAreaLength = 100;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new(nameof(Name), "Enter the team's name"));
        }
        else if (Name.Trim().Length > NameLength)
        {
            errors.Add(new(nameof(Name), $"Team name must be {NameLength} characters or fewer"));
        }

        if (ServiceArea?.Trim().Length > ServiceAreaLength)
        {
            errors.Add(new(nameof(ServiceArea), $"Service area must be {ServiceAreaLength} characters or fewer"));
        }

        return errors;
    }

    public void ApplyTo(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        team.Name = Name!.Trim();
        team.ServiceArea = string.IsNullOrWhiteSpace(ServiceArea) ? null : ServiceArea.Trim();
        team.ManagerId = ManagerId;
    }
}
