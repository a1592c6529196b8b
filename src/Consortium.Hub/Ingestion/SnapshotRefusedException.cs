namespace Consortium.Hub.Ingestion;

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
