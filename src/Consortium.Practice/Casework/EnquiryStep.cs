namespace Consortium.Practice.Casework;

/// <summary>The two steps of a child protection enquiry whose outcome is recorded: the strategy discussion and the section 47 enquiry.</summary>
public enum EnquiryStep
{
    StrategyDiscussion,
    Section47Enquiry,
}
