using Consortium.Practice.Casework;
using Consortium.Practice.DirectWork;
using Consortium.Practice.Outcomes;
using Consortium.Practice.Staff;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Consortium.Web.Pages.Casework;

/// <summary>A child's record and their cases. A restricted record says only that it exists; another authority's id is not found.</summary>
[Authorize(Policy = AuthorizationPolicies.Staff)]
public sealed class ChildRecordModel(CaseworkService casework, DirectWorkService directWork, FamilyService family, StaffDirectory directory, Practice.Retention.RetentionReview retention) : FormPageModel
{
    /// <summary>How long the record is kept under the authority's retention rules: for administrators and quality assurance.</summary>
    public Practice.Retention.RetentionDecision? Retention { get; private set; }

    public ChildOpening Opening { get; private set; } = ChildOpening.NotFound;

    public IReadOnlyList<DirectWorkRecord> DirectWork { get; private set; } = [];

    public IReadOnlyList<FamilyListEntry> Family { get; private set; } = [];

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

        var outcome = await family.AddAsync(id, new FamilyMemberInput(MemberName, MemberRelationship, null, LivesWithChild, ParentalResponsibility, SiblingReference), staff, cancellationToken);
        return outcome.IsDone
            ? this.Saved("Family member added", $"~/children/{id}")
            : await FailedAsync(id, outcome.Failure, cancellationToken, OnThisPage);
    }

    [BindProperty] public bool Restricted { get; set; }
    [BindProperty] public List<Guid>? PermittedStaffIds { get; set; }

    /// <summary>People named on the record before names were chosen from the directory, who match no one in it now: kept unless unticked.</summary>
    [BindProperty] public List<string>? KeptNames { get; set; }
    [BindProperty] public Guid Token { get; set; }

    public IReadOnlyList<StaffChoice> StaffChoices { get; private set; } = [];

    /// <summary>Who may open a restricted record, by their names in the staff directory where they are in it.</summary>
    public IReadOnlyList<string> PermittedNames { get; private set; } = [];
    public IReadOnlyList<string> OtherNames { get; private set; } = [];

    public CheckboxesField PermittedField => new(nameof(PermittedStaffIds), "Who may open it", StaffChoices.ToDictionary(c => c.Id.ToString(), c => c.Label), [.. (PermittedStaffIds ?? []).Select(i => i.ToString())], ErrorFor(nameof(PermittedStaffIds)), "Current staff from the staff directory. You are always included.");

    public CheckboxesField KeptNamesField => new(nameof(KeptNames), "Also named on this record, not in the staff directory", OtherNames.ToDictionary(n => n), KeptNames ?? [], null, "Untick to remove them.");

    public async Task<IActionResult> OnPostRestrictAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = CurrentStaff.From(User);
        if (!staff.MayRestrictRecords)
        {
            return Forbid();
        }

        var ids = (PermittedStaffIds ?? []).Distinct().ToList();
        var chosen = await directory.ChosenAsync(ids, cancellationToken);
        if (chosen.Count != ids.Count)
        {
            return await FailedAsync(id, new Failure.Invalid(nameof(PermittedStaffIds), "Choose people from the list of current staff"), cancellationToken);
        }

        var outcome = await casework.RestrictAsync(id, Restricted, [.. chosen.Select(c => c.Identifier), .. KeptNames ?? []], Token, staff, cancellationToken);
        return outcome.IsDone ? this.Saved("Access to this record saved", $"~/children/{id}") : await FailedAsync(id, outcome.Failure, cancellationToken, f => f == "PermittedStaff" ? nameof(PermittedStaffIds) : f);
    }

    /// <summary>The record again with the error summary; a record that cannot be opened is not found.</summary>
    private async Task<IActionResult> FailedAsync(Guid id, Failure failure, CancellationToken cancellationToken, Func<string, string?>? fieldId = null)
    {
        if (failure is Failure.NotFound)
        {
            return NotFound();
        }

        var page = await OnGetAsync(id, cancellationToken);
        return page is PageResult ? Failed(failure, fieldId) : page;
    }

    /// <summary>The family form's fields are named for the family member, beside the child's own.</summary>
    private static string OnThisPage(string field) =>
        field switch { "Name" => nameof(MemberName), "Relationship" => nameof(MemberRelationship), _ => field };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (!Opening.Exists)
        {
            return NotFound();
        }

        if (Opening.Child?.MergedIntoChildId is { } kept)
        {
            return Redirect(Url.Content($"~/children/{kept}"));
        }

        if (Opening.IsRestricted)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else
        {
            DirectWork = await directWork.ForChildAsync(id, cancellationToken);
            Family = await family.ForChildAsync(id, CurrentStaff.From(User), cancellationToken);
            Token = Opening.Child!.ConcurrencyToken;
            if (CurrentStaff.From(User).SeesAccessLogs)
            {
                Retention = await retention.ForChildAsync(Opening.Child, cancellationToken);
            }

            Restricted = Opening.Child.IsRestricted;
            if (Restricted || CurrentStaff.From(User).MayRestrictRecords)
            {
                StaffChoices = await directory.ChooseFromAsync(cancellationToken: cancellationToken);
            }

            // The record names people by subject or sign-in name; the banner says who they are.
            PermittedNames = [.. Opening.Child.PermittedStaff.Select(n => StaffChoices.FirstOrDefault(c => c.IsNamedBy(n))?.Name ?? n)];
            if (CurrentStaff.From(User).MayRestrictRecords)
            {
                var named = Opening.Child.PermittedStaff;
                PermittedStaffIds ??= [.. StaffChoices.Where(c => named.Any(c.IsNamedBy)).Select(c => c.Id)];
                OtherNames = [.. named.Where(n => !StaffChoices.Any(c => c.IsNamedBy(n)))];
                KeptNames ??= [.. OtherNames];
            }
        }

        return Page();
    }
}
