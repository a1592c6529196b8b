namespace Consortium.Web.Messaging;

public enum MessageTransport
{
    /// <summary>Authorities and the hub in one process (the embedded default).</summary>
    InMemory,
    RabbitMq,
}
