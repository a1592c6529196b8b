namespace Consortium.Hub.Ingestion;

/// <summary>Why the hub will not take a snapshot, however often it is delivered.</summary>
public enum RefusalReason
{
    UnknownAuthority = 1,
    UnknownCatalogueVersion = 2,
    UnknownIndicator = 3,
    IndicatorTwice = 4,
}
