using Consortium.Contracts;

namespace Consortium.Hub.Data;

/// <summary>What happened to a snapshot the hub received.</summary>
public enum SnapshotOutcome
{
    /// <summary>Its values are now the hub's values for that key.</summary>
    Applied = 1,
    /// <summary>The same snapshot again (redelivered or republished unchanged): the values were written again, nothing added.</summary>
    Repeated = 2,
    /// <summary>The hub already held a snapshot computed later; this one changed nothing.</summary>
    Superseded = 3,
    /// <summary>
    /// Not applied: with it, a value the hub holds as suppressed could be worked out. The message went to the error
    /// queue; <see cref="SnapshotReceipt.WouldDisclose"/> says what would have followed.
    /// </summary>
    Quarantined = 4,
}
