using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>An outcome as sent: the step (StrategyDiscussion or Section47Enquiry), the outcome by name, its date and the reasons (optional).</summary>
public sealed record EnquiryOutcomeRequest(EnquiryStep? Step, string? Outcome, DateOnly? DecidedOn, string? Reasons);
