namespace Consortium.Contracts.Messages;

/// <summary>
/// An authority's indicators for one period under one catalogue version. The hub keys what it keeps by authority,
/// period, indicator and catalogue version, so a redelivered or recomputed snapshot replaces the earlier one.
/// </summary>
public sealed record IndicatorSnapshotPublished
{
    public required AuthorityCode Authority { get; init; }

    public required ReportingPeriod Period { get; init; }

    public required int CatalogueVersion { get; init; }

    /// <summary>When the authority computed it; an older snapshot never replaces a newer one.</summary>
    public required DateTimeOffset ComputedAt { get; init; }

    public required IReadOnlyList<IndicatorValue> Values { get; init; }

    /// <summary>
    /// Whether any record the authority's figures were computed from is synthetic (made-up demo children): the hub
    /// says so wherever it shows them, so demo figures are never read as an authority's real ones.
    /// </summary>
    public bool FromSyntheticRecords { get; init; }
}
