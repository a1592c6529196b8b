namespace Consortium.Metrics.Scheduling;

/// <summary>When snapshots are recomputed and published. Bound from "Metrics:Schedule".</summary>
public sealed class SnapshotScheduleOptions
{
    public const string Section = "Metrics:Schedule";

    /// <summary>Recompute and publish the recent periods every day (the authority role does).</summary>
    public bool DailyEnabled { get; set; } = true;

    /// <summary>UTC time of day of the daily run.</summary>
    public TimeOnly DailyAtUtc { get; set; } = new(2, 0);

    /// <summary>
    /// At start, publish every period back to this many reporting years for each authority that has shared nothing
    /// yet (the embedded default uses it so the hub is populated from the demo data). 0: off.
    /// </summary>
    public int PublishYearsAtStart { get; set; }
}
