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

    /// <summary>Shared again with a further value suppressed, so that a suppressed value cannot be worked out from the others.</summary>
    SecondarySuppression = 6,
}
