namespace Consortium.Practice.Casework;

public static class CaseStages
{
    public static string DisplayName(CaseStage stage) => stage switch
    {
        CaseStage.Referral => "Referral",
        CaseStage.Assessment => "Single assessment",
        CaseStage.StrategyDiscussion => "Strategy discussion",
        CaseStage.Section47Enquiry => "Section 47 enquiry",
        CaseStage.InitialConference => "Initial child protection conference",
        CaseStage.ChildProtectionPlan => "Child protection plan",
        CaseStage.ChildInNeedPlan => "Child in need plan",
        CaseStage.Closed => "Closed",
        _ => stage.ToString(),
    };
}
