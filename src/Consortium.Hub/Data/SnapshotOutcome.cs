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
}
