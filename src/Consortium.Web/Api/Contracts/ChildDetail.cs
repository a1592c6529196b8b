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

/// <summary>One of a child's cases, in brief; the whole case is at <c>/api/cases/{id}</c>.</summary>
public sealed record ChildCase(Guid Id, string Reference, CaseStage Stage, string StageName, DateOnly ReferralDate, DateOnly? ClosedOn, string WorkerName)
{
    public static ChildCase From(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.Reference, record.Stage, CaseStages.DisplayName(record.Stage), record.ReferralDate, record.ClosedOn, record.WorkerName);
    }
}
