namespace Consortium.Practice.Census.Validation;

/// <summary>
/// One failure as the validation page lists it: the rule, the child by LA child ID (never a name) and the record to
/// correct: the episode's case where the rule is about one, else the child; neither for a rule about the whole file.
/// </summary>
public sealed record CensusFailureRow(string Code, string Message, bool IsQuery, string? LaChildId, Guid? ChildId, Guid? CaseId);

/// <summary>How many times a rule failed.</summary>
public sealed record CensusRuleCount(string Code, string Message, bool IsQuery, int Failures);

/// <summary>A year's file generated and validated: when, by whom, how many children, and every failure.</summary>
public sealed record CensusValidationResult(int Year, DateTimeOffset RanAt, string RanBy, int Children, IReadOnlyList<CensusFailureRow> Failures)
{
    public IReadOnlyList<CensusFailureRow> Errors => [.. Failures.Where(f => !f.IsQuery)];

    public IReadOnlyList<CensusFailureRow> Queries => [.. Failures.Where(f => f.IsQuery)];

    public IReadOnlyList<CensusRuleCount> CountsByRule => [.. Failures.GroupBy(f => f.Code)
        .Select(g => new CensusRuleCount(g.Key, g.First().Message, g.First().IsQuery, g.Count()))
        .OrderBy(c => c.IsQuery).ThenByDescending(c => c.Failures).ThenBy(c => c.Code, StringComparer.Ordinal)];
}

/// <summary>How far a validation run has got: steps done of the total (building the file, each rule, logging).</summary>
public sealed record CensusProgress(int Done, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)(100L * Done / Total);
}
