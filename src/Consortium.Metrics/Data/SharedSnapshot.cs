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

public enum SnapshotReason
{
    Daily = 1,
    Administrator = 2,
    Operator = 3,
    Backfill = 4,
    DemoStart = 5,

    /// <summary>Shared again with a further value suppressed, so that a suppressed value cannot be worked out from the others.</summary>
    SecondarySuppression = 6,
}
