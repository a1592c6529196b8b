using Consortium.Practice.Census;
using Consortium.Practice.Outcomes;
using System.Text.Json.Serialization;

namespace Consortium.Practice.Casework;

/// <summary>What a practitioner records at the front door: the child and the referral.</summary>
public sealed record NewReferral : IReferralParticulars
{
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public DateOnly? ExpectedDateOfBirth { get; init; }
    public string? SexCode { get; init; }
    public string? EthnicityCode { get; init; }
    public bool? Disabled { get; init; }

    /// <summary>The census's disability codes (<see cref="Disability"/>): NONE, or one or more; none given when not yet known.</summary>
    public IReadOnlyList<string>? DisabilityCodes { get; init; }

    /// <summary>Whether the child is disabled: from the codes when any are given, otherwise as <see cref="Disabled"/> says.</summary>
    [JsonIgnore]
    public bool? DisabledAsRecorded => DisabilityCodes is { Count: > 0 } codes ? !codes.Contains(Disability.None.Code) : Disabled;
    public string? Address { get; init; }
    public DateOnly? ReferralDate { get; init; }
    public string? ReferralSource { get; init; }
    public string? PrimaryNeed { get; init; }

    /// <summary>Why the child was referred (free text, required).</summary>
    public string? Reason { get; init; }
    public string? ReferrerName { get; init; }
    public string? ReferrerAgency { get; init; }
    public string? ReferrerPhone { get; init; }
    public string? ReferrerEmail { get; init; }
    public bool ReferrerAnonymous { get; init; }

    /// <summary>The problems with the referral; with <paramref name="particulars"/> false, not those of its reason and referrer (a sibling takes the case's).</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today, bool particulars = true)
    {
        var problems = new List<FieldError>();
        Name(problems, nameof(GivenName), GivenName, "first name");
        Name(problems, nameof(FamilyName), FamilyName, "last name");
        if (DateOfBirth is null && ExpectedDateOfBirth is null)
        {
            problems.Add(new(nameof(DateOfBirth), "Enter the child's date of birth, or the expected date of birth for an unborn child"));
        }
        else if (DateOfBirth is { } born && (born > today || born < today.AddYears(-25)))
        {
            problems.Add(new(nameof(DateOfBirth), "Date of birth must be in the past and within the last 25 years"));
        }

        if (DateOfBirth is null && ExpectedDateOfBirth is { } expected && (expected < today.AddMonths(-1) || expected > today.AddMonths(10)))
        {
            problems.Add(new(nameof(ExpectedDateOfBirth), "Expected date of birth must be within the next 10 months"));
        }

        if (!Sex.List.TryParse(SexCode, out _))
        {
            problems.Add(new(nameof(SexCode), "Select the child's sex"));
        }

        if (!Ethnicity.List.TryParse(EthnicityCode, out _))
        {
            problems.Add(new(nameof(EthnicityCode), "Select the child's ethnicity, or 'Information not yet obtained'"));
        }

        if (DisabilityCodes is { Count: > 0 } disability && Disability.List.CheckSet([.. disability], Disability.None, Disability.List.All.Count, "disabilities") is { } disabilityProblem)
        {
            problems.Add(new(nameof(DisabilityCodes), disabilityProblem));
        }
        else if (DisabilityCodes is { Count: > 0 } && Disabled is { } disabled && disabled == DisabilityCodes.Contains(Disability.None.Code))
        {
            problems.Add(new(nameof(Disabled), "Whether the child is disabled does not agree with the disability codes"));
        }

        if (Address is { Length: > 300 })
        {
            problems.Add(new(nameof(Address), "Address must be 300 characters or fewer"));
        }

        if (ReferralDate is not { } referred)
        {
            problems.Add(new(nameof(ReferralDate), "Enter the date of the referral"));
        }
        else if (referred > today)
        {
            problems.Add(new(nameof(ReferralDate), "Referral date cannot be in the future"));
        }
        else if (DateOfBirth is { } dob && referred < dob)
        {
            problems.Add(new(nameof(ReferralDate), "Referral date cannot be before the child's date of birth"));
        }

        if (!Census.ReferralSource.List.TryParse(ReferralSource, out _))
        {
            problems.Add(new(nameof(ReferralSource), "Select who made the referral"));
        }

        if (!Census.PrimaryNeed.List.TryParse(PrimaryNeed, out _))
        {
            problems.Add(new(nameof(PrimaryNeed), "Select the child's primary need"));
        }

        if (particulars)
        {
            problems.AddRange(ReferralParticulars.Validate(this));
        }

        return problems;
    }

    private static void Name(List<FieldError> problems, string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"Enter the child's {what}"));
        }
        else if (value.Trim().Length > 100)
        {
            problems.Add(new(field, $"The child's {what} must be 100 characters or fewer"));
        }
    }
}
