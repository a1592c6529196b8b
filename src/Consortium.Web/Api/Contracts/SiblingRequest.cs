using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A sibling added to a case's referral: the child, as a referral records them.</summary>
public sealed record SiblingRequest(
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string? SexCode,
    string? EthnicityCode,
    IReadOnlyList<string>? DisabilityCodes = null,
    bool? Disabled = null,
    string? Address = null)
{
    public NewReferral ToReferral() => new()
    {
        GivenName = GivenName,
        FamilyName = FamilyName,
        DateOfBirth = DateOfBirth,
        ExpectedDateOfBirth = ExpectedDateOfBirth,
        SexCode = SexCode,
        EthnicityCode = EthnicityCode,
        DisabilityCodes = DisabilityCodes,
        Disabled = Disabled,
        Address = Address,
    };
}
