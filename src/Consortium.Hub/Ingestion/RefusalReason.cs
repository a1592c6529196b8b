namespace Consortium.Hub.Ingestion;

/// <summary>Why the hub will not take a snapshot, however often it is delivered.</summary>
public enum RefusalReason
{
    UnknownAuthority = 1,
    UnknownCatalogueVersion = 2,
    UnknownIndicator = 3,
    IndicatorTwice = 4,
    /// <summary>With it, a value the hub holds as suppressed could be worked out: quarantined.</summary>
    WouldDisclose = 5,
}
