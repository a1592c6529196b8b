namespace Consortium.Practice.Retention;

/// <summary>What the retention rules need of one episode: when it closed and why, and whether it reached a protection plan.</summary>
public sealed record RetentionEpisode(DateOnly? ClosedOn, string? ClosureReasonCode, bool ReachedProtectionPlan);
