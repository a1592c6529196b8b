using Consortium.Practice.Casework;
using Consortium.Practice.DirectWork;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>A child's record and their cases. A restricted record says only that it exists; another authority's id is not found.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class ChildRecordModel(CaseworkService casework, DirectWorkService directWork, FamilyService family) : FormPageModel
{
    public ChildOpening Opening { get; private set; } = ChildOpening.NotFound;

    public IReadOnlyList<DirectWorkRecord> DirectWork { get; private set; } = [];

    public IReadOnlyList<FamilyMember> Family { get; private set; } = [];

    [BindProperty] public string? MemberName { get; set; }
    [BindProperty] public string? MemberRelationship { get; set; }
    [BindProperty] public bool LivesWithChild { get; set; }
    [BindProperty] public bool ParentalResponsibility { get; set; }
    [BindProperty] public string? SiblingReference { get; set; }

    public TextField MemberNameField => new(nameof(MemberName), "Name", MemberName, ErrorFor(nameof(MemberName)), Width: "govuk-!-width-one-half");
    public TextField MemberRelationshipField => new(nameof(MemberRelationship), "Who they are to the child", MemberRelationship, ErrorFor(nameof(MemberRelationship)), "For example, mother, stepfather, brother", "govuk-!-width-one-half");
    public TextField SiblingField => new(nameof(SiblingReference), "Their own child reference, for a sibling known to us (optional)", SiblingReference, ErrorFor(nameof(SiblingReference)), "For example, C-1A2B3C4D", "govuk-input--width-10");

    public async Task<IActionResult> OnPostAddFamilyAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(User);
        if (!staff.Has(Practice.Access.StaffRole.Practitioner) && !staff.Has(Practice.Access.StaffRole.TeamManager))
        {
            return Forbid();
        }

        var problems = await family.AddAsync(id, new FamilyMemberInput(MemberName, MemberRelationship, null, LivesWithChild, ParentalResponsibility, SiblingReference), staff, cancellationToken);
        if (problems.Count == 0)
        {
            return Redirect(Url.Content($"~/children/{id}"));
        }

        if (problems.Any(p => p.Message == "There is no such child"))
        {
            return NotFound();
        }

        var page = await OnGetAsync(id, cancellationToken);
        Errors.AddRange(problems.Select(p => new FormError(p.Field switch { "Name" => nameof(MemberName), "Relationship" => nameof(MemberRelationship), _ => p.Field }, p.Message)));
        return page is PageResult ? Invalid() : page;
    }

    [BindProperty] public bool Restricted { get; set; }
    [BindProperty] public string? PermittedStaff { get; set; }
    [BindProperty] public Guid Token { get; set; }

    public TextAreaField PermittedField => new(nameof(PermittedStaff), "Who may open it", PermittedStaff, ErrorFor(nameof(PermittedStaff)), "User names (as people sign in), one a line. You are always included.", 4);

    public async Task<IActionResult> OnPostRestrictAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(User);
        if (!staff.MayRestrictRecords)
        {
            return Forbid();
        }

        var (saved, problems) = await casework.RestrictAsync(id, Restricted, (PermittedStaff ?? "").Split('\n'), Token, staff, cancellationToken);
        if (saved)
        {
            return Redirect(Url.Content($"~/children/{id}"));
        }

        if (problems.Any(p => p.Message == "There is no such child"))
        {
            return NotFound();
        }

        var page = await OnGetAsync(id, cancellationToken);
        Errors.AddRange(problems.Select(p => new FormError(p.Field.Length == 0 ? null : p.Field, p.Message)));
        return page is PageResult ? Invalid() : page;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (!Opening.Exists)
        {
            return NotFound();
        }

        if (Opening.IsRestricted)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else
        {
            DirectWork = await directWork.ForChildAsync(id, cancellationToken);
            Family = await family.ForChildAsync(id, cancellationToken);
            Token = Opening.Child!.ConcurrencyToken;
            Restricted = Opening.Child.IsRestricted;
            PermittedStaff ??= string.Join("\n", Opening.Child.PermittedStaff);
        }

        return Page();
    }
}
