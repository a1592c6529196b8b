namespace Consortium.Practice.Casework;

/// <summary>The outcomes each step may have, in the words the pages and the chronology use.</summary>
public static class EnquiryOutcomes
{
    public static IReadOnlyDictionary<EnquiryOutcomeCode, string> Of(EnquiryStep step) => step == EnquiryStep.StrategyDiscussion ? Strategy : Section47;

    public static IReadOnlyDictionary<EnquiryOutcomeCode, string> Strategy { get; } = new Dictionary<EnquiryOutcomeCode, string>
    {
        [EnquiryOutcomeCode.StartSection47] = "Start a section 47 enquiry",
        [EnquiryOutcomeCode.SingleAssessment] = "No section 47 enquiry: continue the single assessment (section 17)",
        [EnquiryOutcomeCode.NoFurtherAction] = "No further action",
    };

    public static IReadOnlyDictionary<EnquiryOutcomeCode, string> Section47 { get; } = new Dictionary<EnquiryOutcomeCode, string>
    {
        [EnquiryOutcomeCode.ConferenceNeeded] = "Initial child protection conference needed",
        [EnquiryOutcomeCode.NotSubstantiated] = "Concerns not substantiated: no conference (ICPC not required)",
        [EnquiryOutcomeCode.SubstantiatedNoConference] = "Concerns substantiated, child not at continuing risk of significant harm: no conference (ICPC not required)",
    };

    /// <summary>The census's ICPCnotRequired: the enquiry ended without an initial conference.</summary>
    public static bool ConferenceNotRequired(EnquiryOutcomeCode outcome) =>
        outcome is EnquiryOutcomeCode.NotSubstantiated or EnquiryOutcomeCode.SubstantiatedNoConference;

    public static string StepName(EnquiryStep step) => step == EnquiryStep.StrategyDiscussion ? "Strategy discussion" : "Section 47 enquiry";
}
