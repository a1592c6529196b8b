namespace Consortium.Practice.Data.Readiness;

/// <summary>How often every authority's database is checked for readiness, and how many are checked at once.</summary>
public sealed class AuthorityDatabasesOptions
{
    public const string Section = "Health:AuthorityDatabases";

    public double IntervalSeconds { get; set; } = 30;

    public int Concurrency { get; set; } = 8;

    /// <summary>A check older than this many intervals means the checking has stopped, which is itself not ready.</summary>
    public int StaleAfterIntervals { get; set; } = 3;
}
