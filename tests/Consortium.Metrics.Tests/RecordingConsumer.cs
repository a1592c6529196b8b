using System.Collections.Concurrent;
using Consortium.Contracts.Messages;
using MassTransit;

namespace Consortium.Metrics.Tests;

/// <summary>Stands in for the hub where a test only needs to see what arrived: every delivery, with its message id.</summary>
public sealed class RecordingConsumer(Deliveries deliveries) : IConsumer<IndicatorSnapshotPublished>
{
    public Task Consume(ConsumeContext<IndicatorSnapshotPublished> context)
    {
        deliveries.Add(context.MessageId ?? Guid.Empty, context.Message);
        return Task.CompletedTask;
    }
}

public sealed class Deliveries
{
    private readonly ConcurrentQueue<(Guid MessageId, IndicatorSnapshotPublished Message)> _all = new();

    public IReadOnlyList<(Guid MessageId, IndicatorSnapshotPublished Message)> All => [.. _all];

    public void Add(Guid messageId, IndicatorSnapshotPublished message) => _all.Enqueue((messageId, message));

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_all.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
    }
}
