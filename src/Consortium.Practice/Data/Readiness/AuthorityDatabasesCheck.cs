namespace Consortium.Practice.Data.Readiness;

/// <summary>One pass over every authority's database: when it ended, how many there were, which were not ready.</summary>
public sealed record AuthorityDatabasesCheck(DateTimeOffset CheckedAt, int Authorities, IReadOnlyList<string> Failing, TimeSpan Took);
