using Consortium.Contracts;
using Consortium.Tenancy.Data;

namespace Consortium.Metrics.Data;

/// <summary>What the authority shared with the hub: the exact snapshot, when it was computed and which message carried it.</summary>
public sealed class SharedSnapshot : ITenantOwned, IAppendOnly
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public int CatalogueVersion { get; set; }

    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>How the snapshot came about: the daily run, an administrator, an operator command, a backfill, the demo start.</summary>
    public SnapshotReason Reason { get; set; }

    /// <summary>The message body as sent: aggregates and suppression markers only.</summary>
    public string Body { get; set; } = "";

    public Guid OutboxMessageId { get; set; }

    public ReportingPeriod Period => new(PeriodKind, PeriodStart);
}
