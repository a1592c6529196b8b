using System.Text.Json.Serialization;
using Consortium.Practice.Casework;

namespace Consortium.Web.Api.Contracts;

/// <summary>
/// A recorded outcome of a strategy discussion or section 47 enquiry; icpcNotRequired is the census's flag for an
/// enquiry that ended without an initial conference; etag is the If-Match a correction of it sends; corrections are the
/// versions corrections replaced, newest first.
/// </summary>
public sealed record EnquiryOutcomeView(
    Guid Id,
    EnquiryStep Step,
    EnquiryOutcomeCode Outcome,
    string Label,
    bool IcpcNotRequired,
    DateOnly DecidedOn,
    string Reasons,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    [property: JsonPropertyName("etag")] string ETag,
    IReadOnlyList<EnquiryOutcomeCorrectionView> Corrections)
{
    public static EnquiryOutcomeView From(EnquiryOutcome outcome, IEnumerable<EnquiryOutcomeRevision>? history = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(
            outcome.Id,
            outcome.Step,
            outcome.Outcome,
            outcome.Label,
            EnquiryOutcomes.ConferenceNotRequired(outcome.Outcome),
            outcome.DecidedOn,
            outcome.Reasons,
            outcome.RecordedBy,
            outcome.RecordedAt,
            ETagOf(outcome),
            [.. (history ?? []).Where(r => r.OutcomeId == outcome.Id).Select(EnquiryOutcomeCorrectionView.From)]);
    }

    public static string ETagOf(EnquiryOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return $"\"{outcome.ConcurrencyToken:N}\"";
    }
}

/// <summary>A version of an outcome that a correction replaced: what it said and who recorded it, who corrected it, when and why.</summary>
public sealed record EnquiryOutcomeCorrectionView(EnquiryOutcomeCode Outcome, string Label, DateOnly DecidedOn, string Reasons, string RecordedBy, DateTimeOffset RecordedAt, string CorrectedBy, DateTimeOffset CorrectedAt, string WhyCorrected)
{
    public static EnquiryOutcomeCorrectionView From(EnquiryOutcomeRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new(revision.Outcome, revision.Label, revision.DecidedOn, revision.Reasons, revision.RecordedBy, revision.RecordedAt, revision.CorrectedBy, revision.CorrectedAt, revision.WhyCorrected);
    }
}
