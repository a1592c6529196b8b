using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Admin.Teams;

/// <summary>An administrator changes a team, from the version they saw; another authority's team is not found.</summary>
[Authorize(Policy = AuthorizationPolicies.TenantAdministrator)]
public sealed class EditModel(StaffDirectory directory, TeamAdministration teams) : TeamFormPage(directory)
{
    private readonly StaffDirectory _directory = directory;

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<DirectoryChange> History { get; private set; } = [];

    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } team)
        {
            return NotFound();
        }

        (Name, ServiceArea, ManagerId, Version) = (team.Name, team.ServiceArea, team.ManagerId?.ToString(), team.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } team)
        {
            return NotFound();
        }

        if (Details() is not { } details)
        {
            return Invalid();
        }

        var outcome = await teams.EditAsync(id, details, Version, User.Identity?.Name ?? "", cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved($"{outcome.Value.Name} saved", "~/admin/teams");
        }

        if (outcome.Failure is Failure.Conflict)
        {
            Version = team.Version;
            ModelState.Remove(nameof(Version));
        }

        return Failed(outcome.Failure);
    }

    protected override string InputKeptAfterConflict => "Your changes are below and have not been saved. Check them and save again.";

    private async Task<Team?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var team = await _directory.FindTeamAsync(id, cancellationToken);
        if (team is null)
        {
            return null;
        }

        (Id, Title) = (id, team.Name);
        History = await _directory.HistoryAsync(id, cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        return team;
    }
}
