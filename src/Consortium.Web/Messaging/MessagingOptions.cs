namespace Consortium.Web.Messaging;

public enum MessageTransport
{
    /// <summary>Authorities and the hub in one process (the embedded default).</summary>
    InMemory,
    RabbitMq,
}

/// <summary>The bus between authorities and the hub. Bound from "Messaging".</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    public RabbitMqOptions RabbitMq { get; set; } = new();
}

/// <summary>Where the RabbitMQ broker is. The password comes from configuration (a Key Vault reference in Azure).</summary>
public sealed class RabbitMqOptions
{
    public string Host { get; set; } = "localhost";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    public bool UseTls { get; set; }
}
