using Consortium.Tenancy.Data;

namespace Consortium.Practice.Casework;

/// <summary>
/// The recorded outcome of a case's strategy discussion or section 47 enquiry: what was decided and on what day. One of
/// each per case; a correction replaces it and keeps the version it replaced as an <see cref="EnquiryOutcomeRevision"/>.
/// </summary>
public sealed class EnquiryOutcome : ITenantOwned
{
    public const int MaxReasons = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid CaseId { get; set; }
    public EnquiryStep Step { get; set; }
    public EnquiryOutcomeCode Outcome { get; set; }
    public DateOnly DecidedOn { get; set; }

    /// <summary>Why, in the practitioner's words (optional).</summary>
    public string Reasons { get; set; } = "";

    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Changes with every correction, so a correction based on an older version is refused, not written over it.</summary>
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();

    public string Label => EnquiryOutcomes.Of(Step)[Outcome];
}
