using Consortium.Practice.Calendar;
using Consortium.Practice.Policy;

namespace Consortium.Practice.Casework;

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

        if (record.ProtectionPlanStart is { } planStart)
        {
            items.AddRange(PlanItems(record, planStart, t));
        }

        return items;
    }

    /// <summary>The latest child protection plan's timescales: its first core group and its review conferences (none without a plan).</summary>
    public IReadOnlyList<DueItem> ForPlan(CaseRecord record, PracticePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(policy);
        return record.ProtectionPlanStart is { } planStart ? [.. PlanItems(record, planStart, policy.Timescales)] : [];
    }

    /// <summary>
    /// The latest plan's first core group (working days after the initial conference) and its review conferences: the
    /// first within the policy's months of the initial conference, each later one within its months of the one before.
    /// Every review held is shown against its due date; while the plan is open, the next one is due.
    /// </summary>
    private IEnumerable<DueItem> PlanItems(CaseRecord record, DateOnly planStart, TimescalePolicy t)
    {
        var open = record.Stage == CaseStage.ChildProtectionPlan;
        var conference = record.InitialConference is { } held && held <= planStart ? held : planStart;
        var firstCoreGroup = record.CoreGroups.Where(g => g.PlanStart == planStart).OrderBy(g => g.HeldOn).FirstOrDefault();
        if (open || firstCoreGroup is not null)
        {
            yield return new("First core group", workingDays.AddWorkingDays(conference, t.CoreGroupWorkingDays), firstCoreGroup?.HeldOn);
        }

        var due = conference.AddMonths(t.FirstReviewMonths);
        var number = 1;
        foreach (var review in record.Reviews.Where(r => r.PlanStart == planStart).OrderBy(r => r.HeldOn))
        {
            yield return new(ReviewLabel(number++), due, review.HeldOn);
            due = review.HeldOn.AddMonths(t.SubsequentReviewMonths);
        }

        if (open)
        {
            yield return new(ReviewLabel(number), due, null);

            // Visits recur: the next is due the policy's working days after the latest since the plan began (or after it began).
            var lastVisit = record.Visits.Where(v => v.VisitedOn >= planStart).Select(v => (DateOnly?)v.VisitedOn).Max();
            yield return new(NextVisit, workingDays.AddWorkingDays(lastVisit ?? planStart, t.VisitFrequencyWorkingDays), null);
        }
    }

    public const string NextVisit = "Next visit to the child";

    private static string ReviewLabel(int number) => number == 1 ? "First review conference" : $"Review conference {number}";

    /// <summary>A referral closed with no assessment has nothing left to be late.</summary>
    private static DateOnly? ClosedBeforeAssessment(CaseRecord record) => record.AssessmentStart is null ? record.ClosedOn : null;

    private static DateOnly? ClosedOn(CaseRecord record) => record.ClosedOn;
}
