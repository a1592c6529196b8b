using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A child's record and their cases, newest referral first.</summary>
public sealed record ChildDetail(
    Guid Id,
    string Reference,
    string GivenName,
    string FamilyName,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    CodedValue Sex,
    CodedValue Ethnicity,
    bool? Disabled,
    IReadOnlyList<CodedValue> Disabilities,
    string? Address,
    bool IsSynthetic,
    IReadOnlyList<ChildCase> Cases)
{
    public static ChildDetail From(Child child, IReadOnlyList<CaseRecord> cases)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(cases);
        return new(
            child.Id,
            child.Reference,
            child.GivenName,
            child.FamilyName,
            child.DateOfBirth,
            child.ExpectedDateOfBirth,
            CodedValue.From(child.SexCode),
            CodedValue.From(child.EthnicityCode),
            child.Disabled,
            [.. child.DisabilityCodes.Select(CodedValue.From)],
            child.Address,
            child.IsSynthetic,
            [.. cases.Select(ChildCase.From)]);
    }
}
