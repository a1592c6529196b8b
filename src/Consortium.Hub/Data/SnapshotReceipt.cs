using Consortium.Contracts;

namespace Consortium.Hub.Data;

/// <summary>What happened to a snapshot the hub received.</summary>
public enum SnapshotOutcome
{
    /// <summary>Its values are now the hub's values for that key.</summary>
    Applied = 1,
    /// <summary>The same snapshot again (redelivered or republished unchanged): the values were written again, nothing added.</summary>
    Repeated = 2,
    /// <summary>The hub already held a snapshot computed later; this one changed nothing.</summary>
    Superseded = 3,
}

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
}
