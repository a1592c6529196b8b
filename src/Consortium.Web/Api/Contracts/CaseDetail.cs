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
