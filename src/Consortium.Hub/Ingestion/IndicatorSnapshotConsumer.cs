using Consortium.Contracts.Messages;
using MassTransit;

namespace Consortium.Hub.Ingestion;

/// <summary>Takes each authority's indicator snapshot off the bus into the hub store.</summary>
public sealed class IndicatorSnapshotConsumer(SnapshotIngestor ingestor) : IConsumer<IndicatorSnapshotPublished>
{
    public Task Consume(ConsumeContext<IndicatorSnapshotPublished> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ingestor.IngestAsync(context.Message, context.CancellationToken);
    }
}
