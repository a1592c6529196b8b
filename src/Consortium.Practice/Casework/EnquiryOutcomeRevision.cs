using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// A version of an enquiry outcome that a correction replaced: what it said, who had recorded it, and who corrected it,
/// when and why. Kept for good, so the record shows what the census and the indicators were once told.
/// </summary>
public sealed class EnquiryOutcomeRevision : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid OutcomeId { get; set; }
    public Guid CaseId { get; set; }
    public EnquiryStep Step { get; set; }
    public EnquiryOutcomeCode Outcome { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string Reasons { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The version's token: a correction based on it can be told what changed since.</summary>
    public Guid ConcurrencyToken { get; set; }

    public string CorrectedBy { get; set; } = "";
    public DateTimeOffset CorrectedAt { get; set; }
    public string WhyCorrected { get; set; } = "";

    public string Label => EnquiryOutcomes.Of(Step)[Outcome];

    public static EnquiryOutcomeRevision Of(EnquiryOutcome replaced, StaffMember by, DateTimeOffset at, string why)
    {
        ArgumentNullException.ThrowIfNull(replaced);
        ArgumentNullException.ThrowIfNull(by);
        return new()
        {
            OutcomeId = replaced.Id,
            CaseId = replaced.CaseId,
            Step = replaced.Step,
            Outcome = replaced.Outcome,
            DecidedOn = replaced.DecidedOn,
            Reasons = replaced.Reasons,
            RecordedBy = replaced.RecordedBy,
            RecordedAt = replaced.RecordedAt,
            ConcurrencyToken = replaced.ConcurrencyToken,
            CorrectedBy = by.Name,
            CorrectedAt = at,
            WhyCorrected = why,
        };
    }
}
