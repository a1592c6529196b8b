using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>
/// A case: its stage and where it can go next, its statutory dates, what is due under the authority's
/// timescales, and its history. Its ETag header is the token a stage move must send back in If-Match.
/// </summary>
public sealed record CaseDetail(
    Guid Id,
    string Reference,
    ChildSummary Child,
    CaseStage Stage,
    string StageName,
    DateOnly StageSince,
    IReadOnlyList<CaseStage> NextStages,
    CodedValue ReferralSource,
    CodedValue PrimaryNeed,
    CodedValue? CategoryOfAbuse,
    CodedValue? ClosureReason,
    IReadOnlyList<CodedValue> AssessmentFactors,
    Guid? SiblingGroupId,
    IReadOnlyList<SiblingCase> Siblings,
    CaseDates Dates,
    string WorkerName,
    string Team,
    bool IsSynthetic,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<DueItemView> Due,
    IReadOnlyList<StageChangeView> History)
{
    public static CaseDetail From(Child child, CaseRecord record, IReadOnlyList<CaseloadRow> siblings, IReadOnlyList<DueItem> due, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(due);
        return new(
            record.Id,
            record.Reference,
            new ChildSummary(child.Id, child.Reference, child.FullName),
            record.Stage,
            CaseStages.DisplayName(record.Stage),
            record.StageSince,
            StageRules.NextStages(record.Stage),
            CodedValue.From(record.ReferralSource),
            CodedValue.From(record.PrimaryNeed),
            CodedValue.FromOptional(record.CategoryOfAbuse),
            CodedValue.FromOptional(record.ClosureReason),
            [.. record.AssessmentFactors.Select(CodedValue.From)],
            record.SiblingGroupId,
            [.. siblings.Select(SiblingCase.From)],
            CaseDates.From(record),
            record.WorkerName,
            record.Team,
            record.IsSynthetic,
            record.UpdatedAt,
            [.. due.Select(d => DueItemView.From(d, today))],
            [.. record.History.OrderBy(h => h.RecordedAt).ThenBy(h => h.Id).Select(StageChangeView.Of)]);
    }
}

/// <summary>The child a case is about.</summary>
public sealed record ChildSummary(Guid Id, string Reference, string Name);

/// <summary>The dates each statutory stage of the case began or ended (null until it happens).</summary>
public sealed record CaseDates(
    DateOnly ReferralDate,
    DateOnly? AssessmentStart,
    DateOnly? AssessmentAuthorised,
    DateOnly? StrategyDiscussion,
    DateOnly? Section47Start,
    DateOnly? InitialConference,
    DateOnly? ProtectionPlanStart,
    DateOnly? ProtectionPlanEnd,
    DateOnly? NeedPlanStart,
    DateOnly? ClosedOn)
{
    public static CaseDates From(CaseRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.ReferralDate, r.AssessmentStart, r.AssessmentAuthorised, r.StrategyDiscussion, r.Section47Start, r.InitialConference, r.ProtectionPlanStart, r.ProtectionPlanEnd, r.NeedPlanStart, r.ClosedOn);
    }
}

/// <summary>One move of the case from a stage to another.</summary>
public sealed record StageChangeView(CaseStage From, CaseStage To, DateOnly EffectiveOn, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static StageChangeView Of(StageChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.From, change.To, change.EffectiveOn, change.RecordedBy, change.RecordedAt);
    }
}

/// <summary>Another case of the sibling group: a restricted child's name is left out (null).</summary>
public sealed record SiblingCase(Guid CaseId, string CaseReference, Guid ChildId, string ChildReference, string? ChildName, CaseStage Stage)
{
    public static SiblingCase From(CaseloadRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.CaseId, row.CaseReference, row.ChildId, row.ChildReference, row.ChildName, row.Stage);
    }
}
