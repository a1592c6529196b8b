using Consortium.Tenancy.Data;

namespace Consortium.Metrics.Data;

/// <summary>
/// Which app instance is doing one of the authority's scheduled jobs (the daily run, the publish at start), until
/// when, and which run of it was last finished. Taken with a conditional update, so only one instance does a run;
/// it expires, so an instance that dies does not hold the job for ever. Times are Unix milliseconds.
/// </summary>
public sealed class ScheduleLease : ITenantOwned
{
    public string TenantId { get; set; } = "";

    /// <summary>The job's name, e.g. "daily".</summary>
    public string Job { get; set; } = "";

    /// <summary>The instance holding the lease (a random id per process), or null.</summary>
    public Guid? Holder { get; set; }

    public long? LeasedUntil { get; set; }

    /// <summary>The run last finished, e.g. the date of a daily run.</summary>
    public string? CompletedRun { get; set; }
}
