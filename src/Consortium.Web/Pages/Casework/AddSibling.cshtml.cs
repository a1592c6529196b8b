using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Practice.Outcomes;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>
/// Add a sibling to a case's referral: the sibling gets their own case with the same referral date, source and
/// primary need, in the same sibling group, allocated to the same worker.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class AddSiblingModel(CaseworkService casework, FamilyService family) : FormPageModel
{
    public Child Child { get; private set; } = null!;

    public CaseRecord Case { get; private set; } = null!;

    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateInput DateOfBirth { get; set; } = new();
    [BindProperty] public DateInput ExpectedDateOfBirth { get; set; } = new();
    [BindProperty] public string? SexCode { get; set; }
    [BindProperty] public string? EthnicityCode { get; set; }
    [BindProperty] public List<string> DisabilityCodes { get; set; } = [];
    [BindProperty] public Guid Token { get; set; }

    /// <summary>The case's fields and the child's family as this page loaded them (<see cref="StartingValues"/>), for a conflict to compare with.</summary>
    [BindProperty] public string? StartedFrom { get; set; }

    public TextField GivenNameField => new(nameof(GivenName), "First name", GivenName, ErrorFor(nameof(GivenName)), Width: "govuk-!-width-one-half");
    public TextField FamilyNameField => new(nameof(FamilyName), "Last name", FamilyName, ErrorFor(nameof(FamilyName)), Width: "govuk-!-width-one-half");
    public DateField DateOfBirthField => new(nameof(DateOfBirth), "Date of birth", DateOfBirth, ErrorFor(nameof(DateOfBirth)), "For example, 27 3 2019");
    public DateField ExpectedDateOfBirthField => new(nameof(ExpectedDateOfBirth), "Expected date of birth (unborn child only)", ExpectedDateOfBirth, ErrorFor(nameof(ExpectedDateOfBirth)));
    public SelectField SexField => new(nameof(SexCode), "Sex", Sex.List.Names, SexCode, ErrorFor(nameof(SexCode)));
    public SelectField EthnicityField => new(nameof(EthnicityCode), "Ethnicity", Ethnicity.List.Names, EthnicityCode, ErrorFor(nameof(EthnicityCode)));
    public CheckboxesField DisabilityField => NewReferralModel.DisabilityCheckboxes(DisabilityCodes, ErrorFor(nameof(DisabilityCodes)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        Token = Case.ConcurrencyToken;
        StartedFrom = await StartingValuesAsync(cancellationToken);
        FamilyName = Child.FamilyName;
        EthnicityCode = Child.EthnicityCode.Code;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Load(id, cancellationToken))
        {
            return NotFound();
        }

        var (born, bornError) = DateOfBirth.Parse("Date of birth");
        var (expected, expectedError) = ExpectedDateOfBirth.Parse("Expected date of birth");
        foreach (var (field, error) in new[] { (nameof(DateOfBirth), bornError), (nameof(ExpectedDateOfBirth), expectedError) })
        {
            if (error is not null)
            {
                Errors.Add(new(field, error));
            }
        }

        if (Errors.Count > 0)
        {
            return Invalid();
        }

        var sibling = new NewReferral
        {
            GivenName = GivenName,
            FamilyName = FamilyName,
            DateOfBirth = born,
            ExpectedDateOfBirth = expected,
            SexCode = SexCode,
            EthnicityCode = EthnicityCode,
            DisabilityCodes = DisabilityCodes,
        };
        var outcome = await casework.AddSiblingAsync(id, sibling, Token, CurrentStaff.From(User), StartingValues.Read(StartedFrom), cancellationToken);
        if (outcome.IsDone)
        {
            return this.Saved("Sibling added to the referral", $"~/cases/{id}");
        }

        if (outcome.Failure is Failure.Conflict conflict)
        {
            if (!await Load(id, cancellationToken))
            {
                return NotFound();
            }

            // The person's input stays in the form. Only the version whose changes are shown may be saved on; one saved
            // since is again a conflict.
            if (Case.ConcurrencyToken.ToString() == conflict.Version)
            {
                Token = Case.ConcurrencyToken;
                StartedFrom = await StartingValuesAsync(cancellationToken);
                TakeTheirs(conflict, _ => { });
            }

            ModelState.Clear();
        }

        return Failed(outcome.Failure);
    }

    protected override string InputKeptAfterConflict => "The sibling you entered is below and has not been added. Check it against their changes, then add it again.";

    private async Task<string> StartingValuesAsync(CancellationToken cancellationToken) =>
        StartingValues.Write(CaseFields.WithFamily(Case, await family.ForChildAsync(Child.Id, CurrentStaff.From(User), cancellationToken)));

    private async Task<bool> Load(Guid id, CancellationToken cancellationToken)
    {
        if (await casework.OpenCaseAsync(id, CurrentStaff.From(User), cancellationToken) is not { } opened)
        {
            return false;
        }

        (Child, Case) = opened;
        return true;
    }
}
