using Consortium.Contracts;
using Consortium.Tenancy.Data;

namespace Consortium.Metrics.Data;

public enum SnapshotReason
{
    Daily = 1,
    Administrator = 2,
    Operator = 3,
    Backfill = 4,
    DemoStart = 5,

    /// <summary>
    /// Shared again with a further value suppressed. No longer written (the hub keeps what it was sent, so a value
    /// cannot be taken back); kept so earlier rows still read.
    /// </summary>
    SecondarySuppression = 6,
}
