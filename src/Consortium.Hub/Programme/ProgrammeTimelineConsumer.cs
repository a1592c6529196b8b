using Consortium.Contracts.Messages;
using Consortium.Hub.Ingestion;
using MassTransit;

namespace Consortium.Hub.Programme;

/// <summary>Takes each member's programme timeline off the bus into the hub store.</summary>
public sealed class ProgrammeTimelineConsumer(TimelineIngestor ingestor) : IConsumer<ProgrammeTimelineShared>
{
    public Task Consume(ConsumeContext<ProgrammeTimelineShared> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ingestor.IngestAsync(context.Message, context.CancellationToken);
    }
}

/// <summary>Its own durable queue, retried with backoff; a refused timeline (unknown authority) goes to the error queue at once.</summary>
public sealed class ProgrammeTimelineConsumerDefinition : ConsumerDefinition<ProgrammeTimelineConsumer>
{
    public const string QueueName = "consortium-hub-programme-timelines";

    public ProgrammeTimelineConsumerDefinition()
    {
        EndpointName = QueueName;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ProgrammeTimelineConsumer> consumerConfigurator,
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
