namespace Consortium.Metrics.Outbox;

/// <summary>How the relay sends what authorities' outboxes hold. Bound from "Metrics:Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Metrics:Outbox";

    /// <summary>Run the relay in this process (the authority role does; several instances may).</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>How often every authority's outbox is looked at when nothing has woken the relay.</summary>
    public double PollSeconds { get; set; } = 2;

    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed batch stays with one instance before another may take it over.</summary>
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>How long one publish may wait for the broker's confirmation.</summary>
    public double PublishTimeoutSeconds { get; set; } = 10;

    /// <summary>The longest wait between attempts; the wait doubles from one second up to this.</summary>
    public double MaxBackoffSeconds { get; set; } = 300;
}
