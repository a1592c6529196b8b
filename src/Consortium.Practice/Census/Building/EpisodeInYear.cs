using Consortium.Practice.Census.Validation;

namespace Consortium.Practice.Census.Building;

/// <summary>
/// An episode as the census year sees it: only the modules open at some time in the year; a date after the year's end
/// not yet happened (so a plan ending after it is open, an episode closing after it has no closure).
/// </summary>
internal static class EpisodeInYear
{
    /// <param name="childPlanStarts">The start of every child protection plan the child ever had, in any episode (for the number of previous plans).</param>
    /// <param name="reviews">The days review conferences were held, by the start of the plan they reviewed.</param>
    /// <param name="conferenceTarget">The target day of an initial conference, from the day of the strategy discussion (or the enquiry's start, without one).</param>
    public static CensusEpisode ToCensus(
        EpisodeHistory history, CensusHeader header, IReadOnlyCollection<DateOnly> childPlanStarts, ILookup<DateOnly, DateOnly> reviews, Func<DateOnly, DateOnly> conferenceTarget)
    {
        var record = history.Case;
        var end = header.PeriodEnd;
        var closed = record.ClosedOn <= end ? record.ClosedOn : null;
        var assessments = Assessment(history, header);
        return new CensusEpisode
        {
            ReferralDate = record.ReferralDate,
            ReferralSource = record.ReferralSource.Code,
            PrimaryNeed = record.PrimaryNeed.Code,
            ClosureDate = closed,
            ReasonForClosure = closed is null ? null : record.ClosureReason?.Code,
            ReferralNfa = record.ReferralNfa ?? (closed is not null && record.AssessmentStart is null && history.Enquiries.Count == 0
                && history.NeedPlans.Count == 0 && history.ProtectionPlans.Count == 0),
            Assessments = assessments,
            CinPlans = [.. InYear(history.NeedPlans, header).Select(p => new CensusCinPlan(p.Start, p.End))],
            Section47s = [.. history.Enquiries.Where(e => e.Start <= end && (EndOf(e) is not { } ended || ended >= header.PeriodStart)).Select(e => new CensusSection47(
                e.Start,
                conferenceTarget(e.Strategy ?? e.Start),
                e.Conference <= end ? e.Conference : null,
                e.EndedWithoutConference <= end))],
            ProtectionPlans = [.. InYear(history.ProtectionPlans, header).Select(p => new CensusProtectionPlan
            {
                StartDate = p.Start,
                EndDate = p.End,
                InitialCategory = record.CategoryOfAbuse?.Code,
                LatestCategory = (record.LatestCategoryOfAbuse ?? record.CategoryOfAbuse)?.Code,
                NumberOfPreviousPlans = childPlanStarts.Count(s => s < p.Start),
                ReviewDates = [.. reviews[p.Start].Where(r => header.InPeriod(r) && (p.End is null || r <= p.End)).Order().Select(r => (DateOnly?)r)],
            })],
        };
    }

    private static DateOnly? EndOf(Enquiry enquiry) => enquiry.Conference ?? enquiry.EndedWithoutConference;

    private static IReadOnlyList<CensusAssessment> Assessment(EpisodeHistory history, CensusHeader header)
    {
        var record = history.Case;
        if (record.AssessmentStart is not { } start || start > header.PeriodEnd || record.AssessmentAuthorised < header.PeriodStart)
        {
            return [];
        }

        var authorised = record.AssessmentAuthorised <= header.PeriodEnd ? record.AssessmentAuthorised : null;
        return [new CensusAssessment(start, authorised, authorised is null ? [] : [.. record.AssessmentFactors.Select(f => f.Code)])];
    }

    /// <summary>The plans open at some time in the year, each ending only if it ended by the year's end.</summary>
    private static IEnumerable<PlanSpan> InYear(IEnumerable<PlanSpan> plans, CensusHeader header) =>
        plans.Where(p => p.Start <= header.PeriodEnd && (p.End is null || p.End >= header.PeriodStart))
            .Select(p => p.End > header.PeriodEnd ? p with { End = null } : p);
}
