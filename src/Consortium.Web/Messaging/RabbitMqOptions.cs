namespace Consortium.Web.Messaging;

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
