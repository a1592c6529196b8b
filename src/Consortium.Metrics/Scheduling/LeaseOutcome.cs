using Consortium.Metrics.Data;
using Consortium.Tenancy;
using Consortium.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Metrics.Scheduling;

/// <summary>What became of an attempt to take a run of a job.</summary>
public enum LeaseOutcome
{
    /// <summary>This instance holds the lease: it does the run, then completes or releases it.</summary>
    Taken,

    /// <summary>The run was finished already (by this instance or another).</summary>
    Done,

    /// <summary>Another instance holds an unexpired lease: ask again later, in case it dies.</summary>
    HeldElsewhere,
}
