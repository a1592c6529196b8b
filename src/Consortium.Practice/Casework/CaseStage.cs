namespace Consortium.Practice.Casework;

/// <summary>Where a referral episode is in the statutory process.</summary>
public enum CaseStage
{
    Referral,
    Assessment,
    StrategyDiscussion,
    Section47Enquiry,
    InitialConference,
    ChildProtectionPlan,
    ChildInNeedPlan,
    Closed,
}
