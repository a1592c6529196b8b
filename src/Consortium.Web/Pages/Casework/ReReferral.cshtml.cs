using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>Record a new referral of a child who already has a record: a new episode of the same child.</summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class ReReferralModel(CaseworkService casework, ReReferralService referrals) : FormPageModel, IReferralParticulars
{
    public Child Child { get; private set; } = null!;

    /// <summary>The child's open case, if any: a referral while it is open is closed that day with no further action.</summary>
    public CaseRecord? OpenCase { get; private set; }

    [BindProperty] public DateInput ReferralDate { get; set; } = new();
    [BindProperty] public string? ReferralSource { get; set; }
    [BindProperty] public string? PrimaryNeed { get; set; }

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? ReferrerName { get; set; }
    [BindProperty] public string? ReferrerAgency { get; set; }
    [BindProperty] public string? ReferrerPhone { get; set; }
    [BindProperty] public string? ReferrerEmail { get; set; }
    [BindProperty] public bool ReferrerAnonymous { get; set; }

    public ReferralDetailsFields DetailsFields => ReferralDetailsFields.For(this, ErrorFor);

    public DateField ReferralDateField => new(nameof(ReferralDate), "Date of the referral", ReferralDate, ErrorFor(nameof(ReferralDate)));
    public SelectField ReferralSourceField => new(nameof(ReferralSource), "Who made the referral", Practice.Census.ReferralSource.List.Names, ReferralSource, ErrorFor(nameof(ReferralSource)));
    public SelectField PrimaryNeedField => new(nameof(PrimaryNeed), "Primary need", Practice.Census.PrimaryNeed.List.Names, PrimaryNeed, ErrorFor(nameof(PrimaryNeed)), Codes: true);

    /// <summary>The new-referral form sends what was entered there when the person chose this child instead of a new record.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, DateOnly? date, string? source, string? need, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ReferralDate = DateInput.From(date ?? casework.Today);
        (ReferralSource, PrimaryNeed) = (source, need);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (referred, referredError) = ReferralDate.Parse("Referral date");
        if (referredError is not null)
        {
            Errors.Add(new(nameof(ReferralDate), referredError));
            return Invalid();
        }

        var outcome = await referrals.RecordAsync(id, new ReReferral
        {
            ReferralDate = referred, ReferralSource = ReferralSource, PrimaryNeed = PrimaryNeed, Reason = Reason,
            ReferrerName = ReferrerName, ReferrerAgency = ReferrerAgency, ReferrerPhone = ReferrerPhone, ReferrerEmail = ReferrerEmail, ReferrerAnonymous = ReferrerAnonymous,
        }, CurrentStaff.From(User), cancellationToken);
        return outcome.IsDone ? this.Saved($"Referral recorded as case {outcome.Value.Reference}", $"~/cases/{outcome.Value.Id}") : Failed(outcome.Failure);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var opening = await casework.OpenChildAsync(id, CurrentStaff.From(User), cancellationToken);
        if (opening.Child is not { MergedIntoChildId: null } child)
        {
            return false;
        }

        Child = child;
        OpenCase = opening.Cases.FirstOrDefault(c => c.IsOpen);
        return true;
    }
}
