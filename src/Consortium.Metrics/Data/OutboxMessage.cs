using Consortium.Tenancy.Data;

namespace Consortium.Metrics.Data;

/// <summary>
/// A message written in the same transaction as what it announces, and sent by the relay afterwards. Times are
/// Unix milliseconds so both providers compare them in SQL.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    /// <summary>Also the MassTransit message id, so a resend is recognisably the same message.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    public string TenantId { get; set; } = "";

    /// <summary>The contract type's name, as <see cref="OutboxMessageTypes"/> knows it.</summary>
    public string MessageType { get; set; } = "";

    public string Body { get; set; } = "";

    public long CreatedAt { get; set; }

    public long NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The kind of the last failure (an exception type), never its message.</summary>
    public string? LastFailure { get; set; }

    public Guid? LeaseToken { get; set; }

    public long? LeasedUntil { get; set; }

    public long? SentAt { get; set; }
}
