namespace Consortium.Web.Messaging;

/// <summary>The bus between authorities and the hub. Bound from "Messaging".</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();
}
