using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>A recorded outcome of a strategy discussion or section 47 enquiry; icpcNotRequired is the census's flag for an enquiry that ended without an initial conference.</summary>
public sealed record EnquiryOutcomeView(Guid Id, EnquiryStep Step, EnquiryOutcomeCode Outcome, string Label, bool IcpcNotRequired, DateOnly DecidedOn, string Reasons, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static EnquiryOutcomeView From(EnquiryOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Id, outcome.Step, outcome.Outcome, outcome.Label, EnquiryOutcomes.ConferenceNotRequired(outcome.Outcome), outcome.DecidedOn, outcome.Reasons, outcome.RecordedBy, outcome.RecordedAt);
    }
}
