using MassTransit;

namespace Consortium.Hub.Ingestion;

/// <summary>
/// The hub's receive endpoint: a fixed, durable queue name, so every hub process shares one queue and messages wait
/// there while the hub is down. A failing snapshot is retried with growing delays, then goes to the error queue; a
/// refused one (unknown authority or catalogue version) goes there at once, since retrying cannot change the answer.
/// </summary>
public sealed class IndicatorSnapshotConsumerDefinition : ConsumerDefinition<IndicatorSnapshotConsumer>
{
    public const string QueueName = "consortium-hub-indicator-snapshots";

    public IndicatorSnapshotConsumerDefinition()
    {
        EndpointName = QueueName;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<IndicatorSnapshotConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500));
            retry.Ignore<SnapshotRefusedException>();
        });
    }
}
