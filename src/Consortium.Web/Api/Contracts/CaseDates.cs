using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

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
