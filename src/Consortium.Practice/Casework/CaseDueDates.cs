using Consortium.Practice.Calendar;
using Consortium.Practice.Policy;

namespace Consortium.Practice.Casework;

/// <summary>A statutory or local timescale of a case: what is due, by when, and whether it was met.</summary>
public sealed record DueItem(string Label, DateOnly Due, DateOnly? Done)
{
    public bool IsOverdue(DateOnly today) => Done is null && today > Due;

    public bool WasLate => Done is { } done && done > Due;
}

/// <summary>A case's timescales, from the authority's policy, counted in England's working days.</summary>
public sealed class CaseDueDates(WorkingDayCalculator workingDays)
{
    public IReadOnlyList<DueItem> For(CaseRecord record, PracticePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(policy);
        var t = policy.Timescales;
        var items = new List<DueItem>
        {
            new("Single assessment completed", workingDays.AddWorkingDays(record.ReferralDate, t.AssessmentWorkingDays), record.AssessmentAuthorised ?? ClosedBeforeAssessment(record)),
        };
        if (record.StrategyDiscussion is { } strategy && (record.Section47Start is not null || record.Stage == CaseStage.StrategyDiscussion))
        {
            items.Add(new("Initial child protection conference", workingDays.AddWorkingDays(strategy, t.InitialConferenceWorkingDays), record.InitialConference ?? ClosedOn(record)));
        }

        if (record.Stage == CaseStage.ChildProtectionPlan && record.InitialConference is { } conference)
        {
            items.Add(new("First review conference", conference.AddMonths(t.FirstReviewMonths), null));
        }

        return items;
    }

    /// <summary>A referral closed with no assessment has nothing left to be late.</summary>
    private static DateOnly? ClosedBeforeAssessment(CaseRecord record) => record.AssessmentStart is null ? record.ClosedOn : null;

    private static DateOnly? ClosedOn(CaseRecord record) => record.ClosedOn;
}
