using Consortium.Practice.SafetyPlanning;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.SafetyPlanning;

/// <summary>A case's safety network and its safety plan, with every revision; staff who record casework add network members here.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class SafetyModel(SafetyPlanningService planning) : FormPageModel
{
    public Practice.SafetyPlanning.SafetyPlanning View { get; private set; } = null!;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Relationship { get; set; }
    [BindProperty] public string? Contact { get; set; }
    [BindProperty] public bool KnowsDangerStatements { get; set; }
    [BindProperty] public string? Role { get; set; }

    public TextField NameField => new(nameof(Name), "Name", Name, ErrorFor(nameof(Name)), Width: "govuk-!-width-one-half");
    public TextField RelationshipField => new(nameof(Relationship), "Who they are to the child", Relationship, ErrorFor(nameof(Relationship)), "For example, grandmother, neighbour, football coach", "govuk-!-width-one-half");
    public TextField ContactField => new(nameof(Contact), "How to contact them (optional)", Contact, ErrorFor(nameof(Contact)), Width: "govuk-!-width-one-half");
    public TextField RoleField => new(nameof(Role), "What they do in the plan (optional)", Role, ErrorFor(nameof(Role)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await Load(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole("Practitioner") && !User.IsInRole("TeamManager"))
        {
            return Forbid();
        }

        var outcome = await planning.AddMemberAsync(id, new NetworkMemberInput(Name, Relationship, Contact, KnowsDangerStatements, Role), CurrentStaff.From(User), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved("Added to the safety network", $"~/cases/{id}/safety");
        }

        return await Load(id, cancellationToken) ? Failed(outcome.Failure) : NotFound();
    }

    public string MemberName(Guid id) => View.Network.FirstOrDefault(m => m.Id == id)?.Name ?? "Someone no longer in the network";

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await planning.OpenAsync(id, CurrentStaff.From(User), cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }
}
