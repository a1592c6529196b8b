using Consortium.Practice.Outcomes;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>
/// A case's latest child protection plan: whether it is open, its dates and category, its review conferences and core
/// group meetings, and what was or is due under the authority's timescales. Its ETag is the case's.
/// </summary>
public sealed record ProtectionPlanDetail(
    Guid CaseId,
    bool Open,
    DateOnly? Start,
    DateOnly? End,
    CodedValue? CategoryOfAbuse,
    IReadOnlyList<ReviewConferenceView> Reviews,
    IReadOnlyList<CoreGroupMeetingView> CoreGroups,
    IReadOnlyList<DueItemView> Due)
{
    public static ProtectionPlanDetail From(CaseRecord record, IReadOnlyList<DueItem> due, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(due);
        var start = record.ProtectionPlanStart;
        return new(
            record.Id,
            ProtectionPlanRules.HasOpenPlan(record),
            start,
            record.ProtectionPlanEnd,
            CodedValue.FromOptional(record.CategoryOfAbuse),
            [.. record.Reviews.Where(r => r.PlanStart == start).OrderBy(r => r.HeldOn).Select(r => new ReviewConferenceView(r.Id, r.HeldOn, r.Outcome, r.RecordedBy, r.RecordedAt))],
            [.. record.CoreGroups.Where(g => g.PlanStart == start).OrderBy(g => g.HeldOn).Select(g => new CoreGroupMeetingView(g.Id, g.HeldOn, g.RecordedBy, g.RecordedAt))],
            [.. due.Select(d => DueItemView.From(d, today))]);
    }
}

public sealed record ReviewConferenceView(Guid Id, DateOnly HeldOn, ReviewOutcome Outcome, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record CoreGroupMeetingView(Guid Id, DateOnly HeldOn, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A review conference as sent: when it was held, its outcome and, when the plan ends, what follows (and why a case closes).</summary>
public sealed record ReviewRequest(DateOnly? HeldOn, ReviewOutcome? Outcome, CaseStage? Then = null, string? ClosureReason = null)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var problems = new List<FieldError>();
        if (HeldOn is null)
        {
            problems.Add(new(nameof(HeldOn), "Enter the date the review conference was held"));
        }

        if (Outcome is null)
        {
            problems.Add(new(nameof(Outcome), "Say whether the plan continues (ContinuePlan) or ends (EndPlan)"));
        }

        return problems;
    }

    public ReviewInput ToInput() =>
        new(HeldOn ?? throw new InvalidOperationException("Validate first."), Outcome ?? throw new InvalidOperationException("Validate first."), Then, string.IsNullOrWhiteSpace(ClosureReason) ? null : ClosureReason.Trim());
}

/// <summary>A core group meeting as sent: when it was held.</summary>
public sealed record CoreGroupRequest(DateOnly? HeldOn)
{
    public IReadOnlyList<FieldError> Validate() =>
        HeldOn is null ? [new(nameof(HeldOn), "Enter the date the core group met")] : [];
}

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
