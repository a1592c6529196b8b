using Consortium.Practice.Census;
using Consortium.Practice.Casework;
using Consortium.Web.Forms;
using Consortium.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Consortium.Web.Pages.Casework;

/// <summary>
/// Record a referral: the child and the referral in one form, saved together or not at all. Children already on record
/// who may be this child are shown first, with the choice to record the referral on their record instead.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.RecordsCasework)]
public sealed class NewReferralModel(CaseworkService casework, LikelyMatches likelyMatches) : FormPageModel, IReferralParticulars
{
    /// <summary>Set by the button that says none of the likely matches is this child.</summary>
    [BindProperty] public bool NewChildConfirmed { get; set; }

    public IReadOnlyList<ChildMatch> Matches { get; private set; } = [];

    /// <summary>Where "use this record" goes: the child's new-referral form with what was entered about the referral.</summary>
    public string ReReferralLink(ChildMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var (referred, _) = ReferralDate.Parse("Referral date");
        return Url.Content($"~/children/{match.ChildId}/referrals/new") + QueryString.Create(new Dictionary<string, string?>
        {
            ["date"] = referred?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["source"] = ReferralSource,
            ["need"] = PrimaryNeed,
        });
    }

    [BindProperty] public string? GivenName { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateInput DateOfBirth { get; set; } = new();
    [BindProperty] public DateInput ExpectedDateOfBirth { get; set; } = new();
    [BindProperty] public string? SexCode { get; set; }
    [BindProperty] public string? EthnicityCode { get; set; }
    [BindProperty] public List<string> DisabilityCodes { get; set; } = [];
    [BindProperty] public string? Address { get; set; }
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

    public TextField GivenNameField => new(nameof(GivenName), "First name", GivenName, ErrorFor(nameof(GivenName)), Width: "govuk-!-width-one-half");
    public TextField FamilyNameField => new(nameof(FamilyName), "Last name", FamilyName, ErrorFor(nameof(FamilyName)), Width: "govuk-!-width-one-half");
    public DateField DateOfBirthField => new(nameof(DateOfBirth), "Date of birth", DateOfBirth, ErrorFor(nameof(DateOfBirth)), "For example, 27 3 2019");
    public DateField ExpectedDateOfBirthField => new(nameof(ExpectedDateOfBirth), "Expected date of birth (unborn child only)", ExpectedDateOfBirth, ErrorFor(nameof(ExpectedDateOfBirth)));
    public SelectField SexField => new(nameof(SexCode), "Sex", Sex.List.Names, SexCode, ErrorFor(nameof(SexCode)));
    public SelectField EthnicityField => new(nameof(EthnicityCode), "Ethnicity", Ethnicity.List.Names, EthnicityCode, ErrorFor(nameof(EthnicityCode)));
    public CheckboxesField DisabilityField => DisabilityCheckboxes(DisabilityCodes, ErrorFor(nameof(DisabilityCodes)));
    public TextField AddressField => new(nameof(Address), "Address (optional)", Address, ErrorFor(nameof(Address)), Autocomplete: "off");
    public DateField ReferralDateField => new(nameof(ReferralDate), "Date of the referral", ReferralDate, ErrorFor(nameof(ReferralDate)));
    public SelectField ReferralSourceField => new(nameof(ReferralSource), "Who made the referral", Practice.Census.ReferralSource.List.Names, ReferralSource, ErrorFor(nameof(ReferralSource)));
    public SelectField PrimaryNeedField => new(nameof(PrimaryNeed), "Primary need", Practice.Census.PrimaryNeed.List.Names, PrimaryNeed, ErrorFor(nameof(PrimaryNeed)), Codes: true);

    /// <summary>The census's disability question, as the referral and sibling forms ask it.</summary>
    public static CheckboxesField DisabilityCheckboxes(IReadOnlyCollection<string> values, string? error) =>
        new(nameof(DisabilityCodes), "Disability", Disability.List.Names, values, error, "Select 'No disability', or each that applies. Leave all unticked if not yet known.");

    public void OnGet() => ReferralDate = DateInput.From(casework.Today);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (born, bornError) = DateOfBirth.Parse("Date of birth");
        var (expected, expectedError) = ExpectedDateOfBirth.Parse("Expected date of birth");
        var (referred, referredError) = ReferralDate.Parse("Referral date");
        foreach (var (field, error) in new[] { (nameof(DateOfBirth), bornError), (nameof(ExpectedDateOfBirth), expectedError), (nameof(ReferralDate), referredError) })
        {
            if (error is not null)
            {
                Errors.Add(new(field, error));
            }
        }

        var referral = new NewReferral
        {
            GivenName = GivenName,
            FamilyName = FamilyName,
            DateOfBirth = born,
            ExpectedDateOfBirth = expected,
            SexCode = SexCode,
            EthnicityCode = EthnicityCode,
            DisabilityCodes = DisabilityCodes,
            Address = Address,
            ReferralDate = referred,
            ReferralSource = ReferralSource,
            PrimaryNeed = PrimaryNeed,
            Reason = Reason,
            ReferrerName = ReferrerName,
            ReferrerAgency = ReferrerAgency,
            ReferrerPhone = ReferrerPhone,
            ReferrerEmail = ReferrerEmail,
            ReferrerAnonymous = ReferrerAnonymous,
        };
        if (Errors.Count == 0)
        {
            var staff = CurrentStaff.From(User);
            if (!NewChildConfirmed && referral.Validate(casework.Today).Count == 0)
            {
                Matches = await likelyMatches.ForAsync(referral, staff, cancellationToken);
                if (Matches.Count > 0)
                {
                    return Page();
                }
            }

            var outcome = await casework.RecordReferralAsync(referral, staff, cancellationToken: cancellationToken);
            return outcome.IsDone ? this.Saved($"Referral recorded as case {outcome.Value.Reference}", $"~/cases/{outcome.Value.Id}") : Failed(outcome.Failure);
        }

        return Invalid();
    }
}
