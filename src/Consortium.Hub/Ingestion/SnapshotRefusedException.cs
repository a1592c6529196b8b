namespace Consortium.Hub.Ingestion;

/// <summary>Why the hub will not take a snapshot, however often it is delivered.</summary>
public enum RefusalReason
{
    UnknownAuthority = 1,
    UnknownCatalogueVersion = 2,
    UnknownIndicator = 3,
    IndicatorTwice = 4,
}

/// <summary>
/// A snapshot the hub refuses. Thrown from the consumer, it is not retried: the message goes to the endpoint's error
/// queue for an operator. The message names only codes, never anything about a person.
/// </summary>
public sealed class SnapshotRefusedException : Exception
{
    public SnapshotRefusedException()
    {
    }

    public SnapshotRefusedException(string message)
        : base(message)
    {
    }

    public SnapshotRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SnapshotRefusedException(RefusalReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public RefusalReason Reason { get; }
}
