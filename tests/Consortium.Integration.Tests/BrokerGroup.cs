namespace Consortium.Integration.Tests;

/// <summary>
/// Tests that start a hub on the shared broker run one at a time: every hub consumes the same durable queue, so two
/// at once would take each other's snapshots.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerGroup
{
    public const string Name = "broker";
}
