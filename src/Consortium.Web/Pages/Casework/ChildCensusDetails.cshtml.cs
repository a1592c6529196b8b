using Consortium.Practice.Casework;
using Consortium.Practice.Census;
using Consortium.Practice.Census.Recording;
using Consortium.Practice.Access;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>What the Children in Need census needs of a child beyond their referral, recorded by practitioners and team managers.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class ChildCensusDetailsModel(CaseworkService casework, CensusDetailsService details) : FormPageModel
{
    public Child Child { get; private set; } = null!;

    [BindProperty] public string? Upn { get; set; }
    [BindProperty] public string? UpnUnknown { get; set; }
    [BindProperty] public string? FormerUpn { get; set; }
    [BindProperty] public DateInput DateOfDeath { get; set; } = new();
    [BindProperty] public Guid Token { get; set; }

    public TextField UpnField => new(nameof(Upn), "Unique pupil number (UPN)", Upn, ErrorFor(nameof(Upn)), $"13 characters, like {ChildCensusDetails.UpnExample}. Leave blank if not known.", "govuk-input--width-20");
    public SelectField UpnUnknownField => new(nameof(UpnUnknown), "Why the UPN is not known (when there is none)", Practice.Census.UpnUnknown.List.Names, UpnUnknown, ErrorFor(nameof(UpnUnknown)));
    public TextField FormerUpnField => new(nameof(FormerUpn), "Former UPN (optional)", FormerUpn, ErrorFor(nameof(FormerUpn)), "A UPN the child had before, or a temporary one.", "govuk-input--width-20");
    public DateField DateOfDeathField => new(nameof(DateOfDeath), "Date of death (only if the child has died)", DateOfDeath, ErrorFor(nameof(DateOfDeath)));

    public bool MayRecord => CurrentStaff.From(User) is var staff && (staff.Has(StaffRole.Practitioner) || staff.Has(StaffRole.TeamManager));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        (Upn, UpnUnknown, FormerUpn, DateOfDeath, Token) = (Child.Upn, Child.UpnUnknown?.Code, Child.FormerUpn, DateInput.From(Child.DateOfDeath), Child.ConcurrencyToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        if (!MayRecord)
        {
            return Forbid();
        }

        var (died, dateError) = DateOfDeath.Parse("The date of death");
        if (dateError is not null)
        {
            Errors.Add(new(nameof(DateOfDeath), dateError));
            return Invalid();
        }

        var outcome = await details.RecordForChildAsync(id, new ChildCensusDetails(Upn, UpnUnknown, FormerUpn, died), Token, CurrentStaff.From(User), cancellationToken);
        return outcome.IsDone ? this.Saved("Census details saved", $"~/children/{id}") : Failed(outcome.Failure);
    }

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (opening.Child is not { MergedIntoChildId: null } child)
        {
            return false;
        }

        Child = child;
        return true;
    }
}
