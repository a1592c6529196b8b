using Consortium.Contracts;

namespace Consortium.Hub.Data;

/// <summary>An append-only line per snapshot received: which authority, period and version, when, and what it did.</summary>
public sealed class SnapshotReceipt
{
    public long Id { get; set; }

    public required string AuthorityCode { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public int CatalogueVersion { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public int ValueCount { get; set; }

    public SnapshotOutcome Outcome { get; set; }

    /// <summary>For a quarantined snapshot, the suppressed quantities it would have given away (periods and catalogue wording only).</summary>
    public string? WouldDisclose { get; set; }
}
