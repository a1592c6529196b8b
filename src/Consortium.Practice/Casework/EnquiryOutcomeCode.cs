namespace Consortium.Practice.Casework;

/// <summary>
/// What a strategy discussion or a section 47 enquiry decided. The census records a section 47 enquiry's outcome as an
/// initial conference held or "ICPC not required" (<see cref="EnquiryOutcomes.ConferenceNotRequired"/>); a strategy
/// discussion decides whether to start a section 47 enquiry (Working Together to Safeguard Children).
/// </summary>
public enum EnquiryOutcomeCode
{
    StartSection47,
    SingleAssessment,
    NoFurtherAction,
    ConferenceNeeded,
    NotSubstantiated,
    SubstantiatedNoConference,
}
