using Consortium.Web.Hosting;
using Consortium.Hub;
using MassTransit;

namespace Consortium.Web.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// MassTransit: in memory by default, RabbitMQ when configured (durable queues, publisher confirms, retry then
    /// an error queue). The hub role adds the hub's consumer; the tenant role only publishes, through its outbox.
    /// </summary>
    public static IServiceCollection AddConsortiumMessaging(this IServiceCollection services, IConfiguration configuration, ConsortiumRoles roles)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(roles);
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddMassTransit(bus =>
        {
            // No usage reports to MassTransit's servers: nothing leaves the deployment that it does not choose to send.
            bus.DisableUsageTelemetry();
            if (roles.RunsHub)
            {
                bus.AddHubConsumers();
            }

            if (options.Transport == MessageTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    var broker = options.RabbitMq;
                    rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                    {
                        host.Username(broker.Username);
                        host.Password(broker.Password);
                        host.PublisherConfirmation = true;
                        if (broker.UseTls)
                        {
                            host.UseSsl(ssl => ssl.ServerName = broker.Host);
                        }
                    });
                    rabbit.Durable = true;
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        return services;
    }
}
