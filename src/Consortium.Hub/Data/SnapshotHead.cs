using Consortium.Contracts;

namespace Consortium.Hub.Data;

/// <summary>
/// The snapshot whose values the hub holds for one authority, period and catalogue version: one row per key (a unique
/// index), so two deliveries of the same key racing each other cannot both insert, and one of them retries.
/// </summary>
public sealed class SnapshotHead
{
    public long Id { get; set; }

    public required string AuthorityCode { get; set; }

    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public int CatalogueVersion { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public int ValueCount { get; set; }

    /// <summary>Whether the snapshot held was computed from synthetic (demo) records.</summary>
    public bool FromSyntheticRecords { get; set; }
}
